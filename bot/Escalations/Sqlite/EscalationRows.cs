using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace PuenteBot.Escalations.Sqlite;

/// <summary>How an <see cref="EscalationRecord"/> is read from a row of <c>escalations</c>.</summary>
internal static class EscalationRows
{
    /// <summary>The columns <see cref="Read"/> expects, in order (the table may be aliased as <c>e</c>).</summary>
    public const string Columns = "e.id, e.conversation_id, e.urgency, e.reason, e.state, e.summary, e.created_at, e.acknowledged_by, e.acknowledged_at";

    /// <summary>Orders urgent before routine before barrier reports (and anything else last).</summary>
    public const string UrgencyRank = "CASE e.urgency WHEN 'urgent' THEN 0 WHEN 'routine' THEN 1 WHEN 'barrier_report' THEN 2 ELSE 3 END";

    public static EscalationRecord Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        JsonNode.Parse(reader.GetString(5)) as JsonObject ?? [],
        ParseTime(reader.GetString(6)),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        reader.IsDBNull(8) ? null : ParseTime(reader.GetString(8)));

    public static async Task<List<EscalationRecord>> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<EscalationRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(Read(reader));
        }

        return records;
    }

    /// <summary>Timestamps are stored as round-trip UTC text, which sorts in time order.</summary>
    public static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture);
}
