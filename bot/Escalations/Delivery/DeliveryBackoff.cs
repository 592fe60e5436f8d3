using Microsoft.Extensions.Options;

namespace PuenteBot.Escalations.Delivery;

/// <summary>
/// Exponential backoff with jitter: after the n-th failure the wait is base × 2^(n−1), capped at the maximum, of which
/// a random half is kept ("equal jitter"), so notifiers failing together do not retry in step.
/// </summary>
public sealed class DeliveryBackoff(IOptions<EscalationOptions> options)
{
    private readonly DeliveryOptions delivery = options.Value.Delivery;

    /// <summary>The wait after <paramref name="failedAttempts"/> failures (1 or more).</summary>
    public TimeSpan After(int failedAttempts) => Delay(failedAttempts, delivery.BaseDelay, delivery.MaxDelay, Random.Shared.NextDouble());

    /// <summary>The wait for a given random <paramref name="sample"/> in [0, 1).</summary>
    public static TimeSpan Delay(int failedAttempts, TimeSpan baseDelay, TimeSpan maxDelay, double sample)
    {
        var exponent = Math.Min(Math.Max(failedAttempts, 1) - 1, 30);
        var ceiling = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, exponent), maxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + (0.5 * Math.Clamp(sample, 0, 1))));
    }
}
