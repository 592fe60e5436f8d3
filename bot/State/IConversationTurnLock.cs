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
    /// <summary>The held lock (dispose to release it), or null when none was taken; the conversation counts as contended for a while.</summary>
    Task<IAsyncDisposable?> AcquireAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>As <see cref="AcquireAsync"/>, but only for a conversation that was contended lately; null otherwise.</summary>
    Task<IAsyncDisposable?> AcquireIfContendedAsync(string conversationId, CancellationToken cancellationToken);
}

/// <summary>SQLite: one process per file in practice; the process's own <c>ConversationLocks</c> and the version check suffice.</summary>
public sealed class NoConversationTurnLock : IConversationTurnLock
{
    public Task<IAsyncDisposable?> AcquireAsync(string conversationId, CancellationToken cancellationToken) => Task.FromResult<IAsyncDisposable?>(null);

    public Task<IAsyncDisposable?> AcquireIfContendedAsync(string conversationId, CancellationToken cancellationToken) => Task.FromResult<IAsyncDisposable?>(null);
}

/// <summary>
/// The lock of one turn, taken only once the turn has lost a save to another instance (a turn that saves at once pays
/// nothing for it), released when the turn ends.
/// </summary>
public sealed class ConversationTurnLockScope(IConversationTurnLock locks, string conversationId) : IAsyncDisposable
{
    private IAsyncDisposable? held;
    private bool tried;

    /// <summary>
    /// Takes the lock up front when the conversation was contended lately (<see cref="IConversationTurnLock.AcquireIfContendedAsync"/>):
    /// while two instances are working through a burst of one conversation's turns, every turn queues on the lock,
    /// so a turn that took it is not beaten again by the other instance's unlocked first attempts.
    /// </summary>
    public async Task TakeIfContendedAsync(CancellationToken cancellationToken)
    {
        if (!tried)
        {
            held = await locks.AcquireIfContendedAsync(conversationId, cancellationToken);
            tried = held is not null;
        }
    }

    /// <summary>Takes the lock the first time it is asked for (at most one wait per turn).</summary>
    public async Task TakeAsync(CancellationToken cancellationToken)
    {
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
