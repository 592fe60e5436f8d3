using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace PuenteBot.Portal.SignIn;

/// <summary>
/// Slows down guessing without letting a stranger lock a clinician out. Two tables, both scoped to the client address:
/// a user name is locked for <see cref="PortalOptions.LockoutDuration"/> after <see cref="PortalOptions.MaxFailedSignIns"/>
/// wrong passwords in a row <em>from that address</em> (the right password from any other address still signs in), and
/// an address that keeps failing, across any user names, waits a growing delay (1 s, 2 s, 4 s … up to the lockout
/// duration) between tries. Any user name counts, known or not, so a lock tells nothing about which accounts exist.
/// Each table is bounded: when full, entries that have lapsed go first, then the least recently failed — an active
/// lock is dropped only when every tracked entry is blocking, and there is no global reset.
/// </summary>
public sealed class SignInThrottle(IOptions<PortalOptions> options, TimeProvider clock)
{
    /// <summary>Entries kept per table (addresses; address and user name pairs).</summary>
    public const int MaxTracked = 10_000;

    /// <summary>Failures an address may make, across every user name, before it must wait between tries.</summary>
    public const int FreeFailuresPerClient = 10;

    private readonly ConcurrentDictionary<string, Failures> accounts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Failures> clients = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="client"/> may not try <paramref name="user"/> now: that pair is locked, or the address must wait.</summary>
    public bool IsLocked(string client, string user)
    {
        var now = clock.GetUtcNow();
        return IsBlocked(accounts, Pair(client, user), now) || IsBlocked(clients, client, now);
    }

    /// <summary>A wrong password (or unknown user name) from <paramref name="client"/>.</summary>
    public void Failed(string client, string user)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;
        Record(accounts, Pair(client, user), now, resetWhenLapsed: true, count => count >= settings.MaxFailedSignIns ? settings.LockoutDuration : null);
        Record(clients, client, now, resetWhenLapsed: false, count => count > FreeFailuresPerClient ? Backoff(count - FreeFailuresPerClient, settings.LockoutDuration) : null);
    }

    /// <summary>The right password: that pair's count starts again. The address's count stays, so one known account cannot reset guessing at others.</summary>
    public void Succeeded(string client, string user) => accounts.TryRemove(Pair(client, user), out _);

    private static string Pair(string client, string user) => client + "\n" + user;

    private static TimeSpan Backoff(int step, TimeSpan max)
    {
        var seconds = Math.Pow(2, Math.Min(step - 1, 30));
        return TimeSpan.FromSeconds(Math.Min(seconds, Math.Max(max.TotalSeconds, 1)));
    }

    private static bool IsBlocked(ConcurrentDictionary<string, Failures> table, string key, DateTimeOffset now) =>
        table.TryGetValue(key, out var entry) && entry.BlockedUntil is { } until && until > now;

    /// <summary>Counts a failure; <paramref name="resetWhenLapsed"/>: a lapsed lock starts the count again (an address's delay keeps growing until it stays quiet for a lockout).</summary>
    private void Record(ConcurrentDictionary<string, Failures> table, string key, DateTimeOffset now, bool resetWhenLapsed, Func<int, TimeSpan?> blockFor)
    {
        if (table.Count >= MaxTracked && !table.ContainsKey(key))
        {
            Evict(table, now);
        }

        var entry = table.GetOrAdd(key, _ => new Failures());
        lock (entry)
        {
            if ((resetWhenLapsed && entry.BlockedUntil is { } until && until <= now)
                || (entry.Count > 0 && now - entry.LastFailure > options.Value.LockoutDuration))
            {
                entry.Count = 0;
                entry.BlockedUntil = null;
            }

            entry.Count++;
            entry.LastFailure = now;
            if (blockFor(entry.Count) is { } duration)
            {
                entry.BlockedUntil = now + duration;
            }
        }
    }

    /// <summary>
    /// Makes room: entries no longer blocking and older than a lockout first; else the least recently failed tenth of
    /// those not blocking; only when every entry blocks, the least recently failed tenth of all.
    /// </summary>
    private void Evict(ConcurrentDictionary<string, Failures> table, DateTimeOffset now)
    {
        var open = table.Where(e => e.Value.BlockedUntil is not { } until || until <= now).ToList();
        var victims = open.Where(e => now - e.Value.LastFailure > options.Value.LockoutDuration).Select(e => e.Key).ToList();
        if (victims.Count == 0)
        {
            var pool = open.Count > 0 ? open : [.. table];
            victims = [.. pool.OrderBy(e => e.Value.LastFailure).Take(Math.Max(1, MaxTracked / 10)).Select(e => e.Key)];
        }

        foreach (var key in victims)
        {
            table.TryRemove(key, out _);
        }
    }

    private sealed class Failures
    {
        public int Count { get; set; }

        public DateTimeOffset LastFailure { get; set; }

        public DateTimeOffset? BlockedUntil { get; set; }
    }
}
