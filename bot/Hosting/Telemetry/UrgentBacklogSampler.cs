using PuenteBot.Escalations.Delivery;

namespace PuenteBot.Hosting.Telemetry;

/// <summary>
/// Reads, every <see cref="Interval"/>, when the oldest unacknowledged urgent escalation was raised (one indexed
/// query) and leaves its age for <see cref="PuenteBotMetrics.OldestUrgentUnacknowledged"/>, so a metric export never
/// waits on the database. Runs only when telemetry is exported; while the database cannot say, the gauge reports nothing.
/// </summary>
public sealed class UrgentBacklogSampler(EscalationOutbox outbox, TelemetryExporters exporters, TimeProvider clock, ILogger<UrgentBacklogSampler> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        TelemetryLog.Exporting(logger, string.Join(", ", exporters.Names));
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            await SampleAsync(stoppingToken);
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    /// <summary>One reading, left for the gauge and returned: the age in seconds (0 when none waits), null when the query failed.</summary>
    internal async Task<double?> SampleAsync(CancellationToken cancellationToken)
    {
        double? age;
        try
        {
            var oldest = await outbox.OldestUrgentUnacknowledgedAsync(cancellationToken);
            age = oldest is { } at ? Math.Max((clock.GetUtcNow() - at).TotalSeconds, 0) : 0;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            age = null;
            TelemetryLog.BacklogUnknown(logger, exception.GetType().Name);
        }

        PuenteBotMetrics.SetOldestUrgentAge(age);
        return age;
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
