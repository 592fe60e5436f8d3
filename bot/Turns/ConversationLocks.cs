namespace PuenteBot.Turns;

/// <summary>
/// One async lock per conversation, so turns of a conversation run one at a time, in arrival order, in this
/// process. Across processes the state's version does the same job.
/// </summary>
public sealed class ConversationLocks
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public async Task<IDisposable> AcquireAsync(string conversationId, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (entries)
        {
            if (!entries.TryGetValue(conversationId, out entry!))
            {
                entry = new Entry();
                entries[conversationId] = entry;
            }

            entry.Users++;
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(conversationId, entry);
            throw;
        }

        return new Releaser(this, conversationId, entry);
    }

    /// <summary>How many conversations have a turn running or waiting (for tests and diagnostics).</summary>
    public int ActiveCount
    {
        get
        {
            lock (entries)
            {
                return entries.Count;
            }
        }
    }

    private void Leave(string conversationId, Entry entry)
    {
        lock (entries)
        {
            if (--entry.Users == 0)
            {
                entries.Remove(conversationId);
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Releaser(ConversationLocks owner, string conversationId, Entry entry) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                entry.Semaphore.Release();
                owner.Leave(conversationId, entry);
            }
        }
    }
}
