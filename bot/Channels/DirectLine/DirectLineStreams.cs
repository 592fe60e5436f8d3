namespace PuenteBot.Channels.DirectLine;

/// <summary>
/// The WebSocket streams this instance holds: one per conversation (a newer one ends the older, "collision"), each
/// woken when its conversation may have new activities — by an append here, or by the activity feed for an append
/// on any instance. A wake-up only says "read again": the stream reads the database from its watermark.
/// </summary>
public sealed class DirectLineStreams
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>Claims the conversation's stream on this instance, ending the previous one.</summary>
    public StreamClaim Claim(string conversationId, CancellationToken requestAborted)
    {
        var claimed = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        CancellationTokenSource? previous;
        Entry entry;
        lock (gate)
        {
            if (!entries.TryGetValue(conversationId, out entry!))
            {
                entry = new Entry();
                entries[conversationId] = entry;
            }

            previous = entry.Owner;
            entry.Owner = claimed;
            entry.Streams++;
        }

        try
        {
            previous?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The older stream ended by itself meanwhile.
        }

        return new StreamClaim(this, conversationId, entry, claimed);
    }

    public void Wake(string conversationId)
    {
        Entry? entry;
        lock (gate)
        {
            entries.TryGetValue(conversationId, out entry);
        }

        entry?.Pulse();
    }

    /// <summary>Wakes every stream (the feed may have missed activities while it was not following).</summary>
    public void WakeAll()
    {
        Entry[] all;
        lock (gate)
        {
            all = [.. entries.Values];
        }

        foreach (var entry in all)
        {
            entry.Pulse();
        }
    }

    internal void Release(string conversationId, Entry entry, CancellationTokenSource claimed)
    {
        lock (gate)
        {
            if (entry.Owner == claimed)
            {
                entry.Owner = null;
            }

            if (--entry.Streams == 0)
            {
                entries.Remove(conversationId);
            }
        }

        claimed.Dispose();
    }

    internal sealed class Entry
    {
        private TaskCompletionSource changed = NewSignal();

        public CancellationTokenSource? Owner { get; set; }

        public int Streams { get; set; }

        public Task Changed => Volatile.Read(ref changed).Task;

        public void Pulse() => Interlocked.Exchange(ref changed, NewSignal()).TrySetResult();

        private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
