using System.ComponentModel.DataAnnotations;

namespace PuenteBot.Channels.Sms;

/// <summary><c>Sms:Outbox</c>: how the outbox worker tries, retries and gives up on a message.</summary>
public sealed class SmsOutboxOptions
{
    /// <summary>Tries of one message (each already retried by the HTTP client) before it is given up.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failed try; it doubles after each further one, up to <see cref="MaxDelay"/>, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a claimed message is held for one try. Longer than the HTTP client's own retries can take (four
    /// calls of at most 15 s and their backoff), so a slow try is not taken up by another worker; a worker that
    /// died mid-try leaves its message due again after it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the worker looks for work nobody woke it for (other instances' rows, retries due).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);
}
