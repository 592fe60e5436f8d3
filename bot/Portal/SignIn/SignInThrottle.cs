using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace PuenteBot.Portal.SignIn;

/// <summary>
/// Locks a user name for <see cref="PortalOptions.LockoutDuration"/> after <see cref="PortalOptions.MaxFailedSignIns"/>
/// wrong passwords in a row (in this process). Any user name counts, known or not, so a lockout tells nothing about
/// which accounts exist; the table is bounded so made-up names cannot fill memory.
/// </summary>
public sealed class SignInThrottle(IOptions<PortalOptions> options, TimeProvider clock)
{
    private const int MaxTracked = 10_000;

    private readonly ConcurrentDictionary<string, Failures> failures = new(StringComparer.OrdinalIgnoreCase);

    public bool IsLocked(string user) =>
        failures.TryGetValue(user, out var entry) && entry.LockedUntil is { } until && until > clock.GetUtcNow();

    public void Failed(string user)
    {
        if (failures.Count >= MaxTracked)
        {
            failures.Clear();
        }

        var entry = failures.GetOrAdd(user, _ => new Failures());
        lock (entry)
        {
            var now = clock.GetUtcNow();
            if (entry.LockedUntil is { } until && until <= now)
            {
                entry.LockedUntil = null;
                entry.Count = 0;
            }

            if (++entry.Count >= options.Value.MaxFailedSignIns)
            {
                entry.LockedUntil = now + options.Value.LockoutDuration;
            }
        }
    }

    public void Succeeded(string user) => failures.TryRemove(user, out _);

    private sealed class Failures
    {
        public int Count { get; set; }

        public DateTimeOffset? LockedUntil { get; set; }
    }
}
