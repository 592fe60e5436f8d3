using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using PuenteBot.Channels.DirectLine.Storage;
using PuenteBot.Protocol;

namespace PuenteBot.Channels.DirectLine;

/// <summary>
/// This instance's activities of a turn the database could not take (the client's echo, the bot's replies), kept in
/// memory so this instance's clients still see them — above all a crisis reply during an outage. Per conversation:
/// the newest stored sequence this instance knows of, and at most <see cref="Capacity"/> unstored activities (the
/// oldest dropped first), each with its own watermark counting on above that sequence and an id no stored activity
/// can have ("{conversationId}|{watermark:D7}.{random}"). The next write of the conversation on this instance that the
/// database takes stores them first, in order (<see cref="DirectLineConversations"/>), and they leave the buffer;
/// an entry unused for <see cref="DirectLineOptions.IdleConversationLifetime"/> is dropped. Only this instance has
/// them: a client polling another instance sees them once they are stored.
/// </summary>
public sealed class DirectLineUnstored(IOptions<DirectLineOptions> options) : IDisposable
{
    public const int Capacity = 50;

    private readonly MemoryCache entries = new(new MemoryCacheOptions { SizeLimit = 100_000 });
    private readonly MemoryCacheEntryOptions keep = new() { SlidingExpiration = options.Value.IdleConversationLifetime, Size = 1 };

    /// <summary>Records that the conversation has at least <paramref name="sequence"/> stored activities.</summary>
    public void Stored(string conversationId, long sequence)
    {
        var entry = EntryOf(conversationId);
        lock (entry)
        {
            entry.StoredSequence = Math.Max(entry.StoredSequence, sequence);
        }
    }

    /// <summary>Keeps activities the database did not take, stamping each with its buffered id and time.</summary>
    public void Keep(string conversationId, IReadOnlyList<Activity> activities, DateTimeOffset now)
    {
        var entry = EntryOf(conversationId);
        lock (entry)
        {
            foreach (var activity in activities)
            {
                var watermark = Math.Max(entry.StoredSequence, entry.Pending.Count > 0 ? entry.Pending[^1].Watermark : 0) + 1;
                StoredActivity.Stamp(activity, conversationId, watermark, now);
                activity.Id += "." + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();
                entry.Pending.Add(new Held(watermark, activity));
                if (entry.Pending.Count > Capacity)
                {
                    entry.Pending.RemoveAt(0);
                }
            }
        }
    }

    /// <summary>The kept activities after <paramref name="watermark"/> and the newest kept watermark; null when none are kept.</summary>
    public (IReadOnlyList<Activity> Activities, long Watermark)? After(string conversationId, long watermark)
    {
        if (!entries.TryGetValue(conversationId, out Entry? entry))
        {
            return null;
        }

        lock (entry!)
        {
            return entry.Pending.Count == 0
                ? null
                : ([.. entry.Pending.Where(h => h.Watermark > watermark).Select(h => h.Activity)], entry.Pending[^1].Watermark);
        }
    }

    /// <summary>
    /// Stores the kept activities ahead of <paramref name="activities"/> through <paramref name="append"/> (one call,
    /// one transaction) and drops them once it succeeds; without kept activities, just appends. One flush at a time
    /// per conversation, so none is stored twice.
    /// </summary>
    public async Task<bool> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, Func<IReadOnlyList<Activity>, Task<bool>> append)
    {
        if (!entries.TryGetValue(conversationId, out Entry? entry) || !HasPending(entry!))
        {
            return await append(activities);
        }

        await entry!.Flushing.WaitAsync();
        try
        {
            List<Held> flushed;
            lock (entry)
            {
                flushed = [.. entry.Pending];
            }

            // Copies: a failed append may have stamped stored ids on what it was given.
            var copies = flushed.Select(h => StoredActivity.Deserialize(StoredActivity.Serialize(h.Activity)));
            var stored = await append([.. copies, .. activities]);
            lock (entry)
            {
                entry.Pending.RemoveAll(flushed.Contains); // stored, or the conversation is gone
            }

            return stored;
        }
        finally
        {
            entry.Flushing.Release();
        }
    }

    public void Dispose() => entries.Dispose();

    private static bool HasPending(Entry entry)
    {
        lock (entry)
        {
            return entry.Pending.Count > 0;
        }
    }

    private Entry EntryOf(string conversationId) => entries.GetOrCreate(conversationId, cached =>
    {
        cached.SetOptions(keep);
        return new Entry();
    })!;

    private sealed record Held(long Watermark, Activity Activity);

    private sealed class Entry
    {
        public long StoredSequence { get; set; }

        public List<Held> Pending { get; } = [];

        public SemaphoreSlim Flushing { get; } = new(1, 1);
    }
}
