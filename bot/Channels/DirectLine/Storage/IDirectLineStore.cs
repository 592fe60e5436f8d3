using PuenteBot.Protocol;

namespace PuenteBot.Channels.DirectLine.Storage;

/// <summary>
/// The embedded Direct Line's conversations and activities in the bot's database (<c>directline_conversations</c>,
/// <c>directline_activities</c>), shared by every instance on it: SQLite or PostgreSQL.
/// </summary>
public interface IDirectLineStore
{
    Task CreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken);

    Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Adds the activities in order in one transaction, each stamped with its id, time and conversation
    /// (<see cref="StoredActivity.Stamp"/>); false when the conversation is not stored.
    /// </summary>
    Task<bool> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The activities after <paramref name="watermark"/> and the newest watermark, read together; null for an unknown conversation.</summary>
    Task<ActivityPage?> SinceAsync(string conversationId, long watermark, CancellationToken cancellationToken);

    Task TouchAsync(string conversationId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Deletes the conversations last used before <paramref name="cutoff"/> with their activities; how many.</summary>
    Task<int> DeleteIdleAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>The ids of every stored conversation.</summary>
    Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken);
}
