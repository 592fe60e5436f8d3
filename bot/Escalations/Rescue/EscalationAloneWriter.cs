using System.Diagnostics;
using Microsoft.Extensions.Options;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.State;

namespace PuenteBot.Escalations.Rescue;

/// <summary>
/// Saves a turn's escalations without its state, in their own transaction, retried with a growing pause until
/// <c>Storage:UrgentWriteTimeout</c> has passed (a lock may lift, a full database may get room back).
/// </summary>
public sealed class EscalationAloneWriter(IRescueStore store, IOptions<StorageOptions> options, ILogger<EscalationAloneWriter> logger)
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(50);

    /// <summary>The longest pause between two tries.</summary>
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(1);

    private readonly TimeSpan timeout = options.Value.UrgentWriteTimeout;

    /// <summary>True once all of them are in the database (some may have been already).</summary>
    public async Task<bool> TryWriteAsync(string conversationId, IReadOnlyList<EscalationRequest> escalations, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var pause = FirstPause;
        for (var attempt = 1; ; attempt++)
        {
            var remaining = timeout - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                return false;
            }

            try
            {
                await store.WriteAloneAsync(conversationId, escalations, createdAt, remaining, cancellationToken);
                return true;
            }
            catch (Exception exception) when (DatabaseFailure.Is(exception))
            {
                RescueLog.AloneAttemptFailed(logger, attempt, DatabaseFailure.Describe(exception));
            }

            remaining = timeout - Stopwatch.GetElapsedTime(started);
            if (remaining > TimeSpan.Zero)
            {
                await Task.Delay(pause < remaining ? pause : remaining, cancellationToken);
            }

            pause = pause < MaxPause / 2 ? pause * 2 : MaxPause;
        }
    }
}
