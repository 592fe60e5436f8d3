namespace PuenteBot.State;

/// <summary>
/// Holds a conversation for one turn across every instance on the database, so turns of one conversation that
/// arrive at two instances at once run one after the other instead of racing to save (taken by a turn once it has
/// lost a save, <see cref="ConversationTurnLockScope"/>). The state's version check
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

/// <summary>
/// The lock of one turn, taken only once the turn has lost a save to another instance (a turn that saves at once pays
/// nothing for it), released when the turn ends.
/// </summary>
public sealed class ConversationTurnLockScope(IConversationTurnLock locks, string conversationId) : IAsyncDisposable
{
    /// <summary>How long a conversation that lost a save stays "contended": its turns take the lock from the start.</summary>
    private static readonly TimeSpan ContendedFor = TimeSpan.FromSeconds(30);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> Contended = new(StringComparer.Ordinal);

    private IAsyncDisposable? held;
    private bool tried;

    /// <summary>
    /// Takes the lock up front when a turn of this conversation lost a save in this instance within the last 30 s:
    /// while two instances are working through a burst of one conversation's turns, every turn queues on the lock,
    /// so a turn that took it is not beaten again by the other instance's unlocked first attempts.
    /// </summary>
    public Task TakeIfContendedAsync(CancellationToken cancellationToken) =>
        Contended.TryGetValue(conversationId, out var since) && Environment.TickCount64 - since < ContendedFor.TotalMilliseconds
            ? TakeAsync(cancellationToken)
            : Task.CompletedTask;

    /// <summary>Takes the lock the first time it is asked for (at most one wait per turn) and marks the conversation contended.</summary>
    public async Task TakeAsync(CancellationToken cancellationToken)
    {
        if (Contended.Count > 10_000)
        {
            Contended.Clear();
        }

        Contended[conversationId] = Environment.TickCount64;
        if (!tried)
        {
            tried = true;
            held = await locks.AcquireAsync(conversationId, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (held is not null)
        {
            await held.DisposeAsync();
        }
    }
}
