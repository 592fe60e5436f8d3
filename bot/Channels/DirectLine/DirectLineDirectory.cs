using System.Collections.Concurrent;
using PuenteBot.Channels.DirectLine.Storage;

namespace PuenteBot.Channels.DirectLine;

/// <summary>
/// Which conversations the embedded Direct Line has stored, answerable without a database call (a family channel's
/// <c>Serves</c> is synchronous): the ids read at the last refresh (<see cref="DirectLineCleanup"/>), plus every one
/// created here or reported by the activity feed since — so a conversation another instance started is known here as
/// soon as it has an activity.
/// </summary>
public sealed class DirectLineDirectory(IDirectLineStore store)
{
    private readonly ConcurrentDictionary<string, long> added = new(StringComparer.Ordinal);
    private volatile HashSet<string> stored = new(StringComparer.Ordinal);
    private long generation;

    public bool Contains(string conversationId) => stored.Contains(conversationId) || added.ContainsKey(conversationId);

    /// <summary>How many conversations are stored, as far as this instance knows (one added during a refresh may count twice until the next).</summary>
    public int Count => stored.Count + added.Count;

    /// <summary>Records a conversation known to be stored (call it after the write committed).</summary>
    public void Add(string conversationId) => added[conversationId] = Interlocked.Read(ref generation);

    /// <summary>Re-reads the stored ids; what was added before the read began is in it (or was deleted since).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var refresh = Interlocked.Increment(ref generation);
        stored = new HashSet<string>(await store.ListAsync(cancellationToken), StringComparer.Ordinal);
        foreach (var (id, at) in added)
        {
            if (at < refresh)
            {
                added.TryRemove(new KeyValuePair<string, long>(id, at));
            }
        }
    }
}
