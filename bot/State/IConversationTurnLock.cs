namespace PuenteBot.State;

/// <summary>
/// Holds a conversation for one turn across every instance on the database, so turns of one conversation that
/// arrive at two instances at once run one after the other instead of racing to save. The state's version check
/// still guarantees no lost update; this lock only keeps a turn from losing that race again and again. A lock that
/// cannot be had (the database is slow or down) is not waited for: the turn runs, and the version check decides.
/// </summary>
public interface IConversationTurnLock
{
    /// <summary>The held lock (dispose to release it), or null when none was taken.</summary>
    Task<IAsyncDisposable?> AcquireAsync(string conversationId, CancellationToken cancellationToken);
}

/// <summary>SQLite: one process per file in practice; the process's own <c>ConversationLocks</c> and the version check suffice.</summary>
public sealed class NoConversationTurnLock : IConversationTurnLock
{
    public Task<IAsyncDisposable?> AcquireAsync(string conversationId, CancellationToken cancellationToken) => Task.FromResult<IAsyncDisposable?>(null);
}
