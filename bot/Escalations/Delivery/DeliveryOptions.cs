using System.ComponentModel.DataAnnotations;

namespace PuenteBot.Escalations.Delivery;

/// <summary><c>Escalation:Delivery</c>: retries with exponential backoff and jitter, then the dead-letter state.</summary>
public sealed class DeliveryOptions
{
    /// <summary>Tries per notifier before the delivery is dead-lettered.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The wait after the first failure; it doubles after each further one, up to <see cref="MaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long one try may take; a delivery whose process died mid-try is taken up again after it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How many escalations may be in delivery at once (each to all its notifiers at the same time).</summary>
    [Range(1, 64)]
    public int MaxConcurrent { get; set; } = 4;

    /// <summary>How often the worker looks for work when no turn wakes it (other processes, retries due).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>An urgent escalation still undelivered (and not acknowledged) this long after it was raised makes the bot not ready.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan AlertAfter { get; set; } = TimeSpan.FromMinutes(5);
}
