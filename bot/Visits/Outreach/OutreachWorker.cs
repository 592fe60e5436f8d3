using Microsoft.Extensions.Options;

namespace PuenteBot.Visits.Outreach;

/// <summary>
/// Sends the planned messages: every <c>Reminders:PollInterval</c> (on the <see cref="TimeProvider"/>) it plans from
/// the appointments, then claims the due rows one by one under a lease and tries each (<see cref="OutreachDelivery"/>).
/// Several instances share the work safely: a row is tried by one at a time and ends once. A try that dies between
/// saving the conversation and marking the row leaves it to be tried again when its lease ends (at least once, as the
/// SMS outbox).
/// </summary>
public sealed class OutreachWorker(
    OutreachPlanner planner,
    IOutreachStore store,
    OutreachDelivery delivery,
    IOptions<RemindersOptions> options,
    TimeProvider clock,
    ILogger<OutreachWorker> logger) : BackgroundService
{
    /// <summary>At most this many rows per pass, so one pass never runs away.</summary>
    public const int MaxPerPass = 500;

    /// <summary>One pass: plan, then try every due row; how many rows it tried. Never throws for a database failure (logged).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await planner.PlanAsync(cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            OutreachLog.Failed(logger, "plan", exception.GetType().Name);
        }

        var tried = 0;
        while (tried < MaxPerPass && !cancellationToken.IsCancellationRequested)
        {
            OutreachRecord? row;
            try
            {
                row = await store.ClaimNextAsync(clock.GetUtcNow(), options.Value.Lease, cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                OutreachLog.Failed(logger, "claim", exception.GetType().Name);
                break;
            }

            if (row is null)
            {
                break;
            }

            tried++;
            try
            {
                // Not cancelled by a stop: a try that began is finished and recorded.
                await delivery.TryAsync(row, CancellationToken.None);
            }
            catch (Exception exception)
            {
                OutreachLog.Failed(logger, "send", exception.GetType().Name);
            }
        }

        return tried;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // SQLite's async calls complete synchronously: let the host finish starting first.
        while (!stoppingToken.IsCancellationRequested)
        {
            await RunOnceAsync(stoppingToken);
            try
            {
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
