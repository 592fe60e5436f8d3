using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using PuenteBot.Protocol;

namespace PuenteBot.Channels.DirectLine.Storage;

/// <summary>
/// How an activity is kept in <c>directline_activities</c>: stamped with the Direct Line id
/// "{conversationId}|{sequence:D7}", its time and its conversation, then stored as the JSON a client is sent.
/// </summary>
public static class StoredActivity
{
    public static void Stamp(Activity activity, string conversationId, long sequence, DateTimeOffset now)
    {
        activity.Id = $"{conversationId}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}";
        activity.Timestamp = now;
        activity.Conversation = new ConversationAccount { Id = conversationId };
    }

    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, DirectLineJsonContext.Default.Activity);

    public static Activity Deserialize(string json) =>
        JsonSerializer.Deserialize(json, DirectLineJsonContext.Default.Activity)
        ?? throw new InvalidDataException("A stored Direct Line activity is the JSON null.");

    /// <summary>
    /// Reads the rows of a conversation joined to its activities after a watermark (newest watermark, activity JSON
    /// or null); null when there is no row, that is no such conversation.
    /// </summary>
    public static async Task<ActivityPage?> ReadPageAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        long? newest = null;
        var found = new List<Activity>();
        while (await reader.ReadAsync(cancellationToken))
        {
            newest = reader.GetInt64(0);
            if (!reader.IsDBNull(1))
            {
                found.Add(Deserialize(reader.GetString(1)));
            }
        }

        return newest is { } last ? new ActivityPage(found, last) : null;
    }

    /// <summary>The first column of every row, as text.</summary>
    public static async Task<IReadOnlyList<string>> ReadIdsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
