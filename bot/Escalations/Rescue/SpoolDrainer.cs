using Microsoft.Extensions.Options;
using PuenteBot.Escalations.Delivery;
using PuenteBot.State;

namespace PuenteBot.Escalations.Rescue;

/// <summary>
/// Moves spooled escalations into the database once it takes writes again, each exactly once: the row is keyed by
/// the escalation's id (a drain interrupted after its commit finds it there and only removes the file), and the
/// notifiers that already delivered it are recorded as delivered so the worker sends only what is still due.
/// </summary>
public sealed class SpoolDrainer(
    EscalationSpool spool,
    IRescueStore store,
    EscalationDispatcher dispatcher,
    EscalationSignal signal,
    IOptions<EscalationOptions> escalationOptions,
    IOptions<StorageOptions> storageOptions,
    TimeProvider clock,
    ILogger<SpoolDrainer> logger) : BackgroundService
{
    private readonly TimeSpan interval = escalationOptions.Value.Spool.DrainInterval;
    private readonly TimeSpan wait = storageOptions.Value.UrgentWriteTimeout;

    /// <summary>Drains what is in the spool now; returns how many escalations are still waiting there.</summary>
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken)
    {
        var spooled = await spool.ReadAllAsync(cancellationToken);
        for (var i = 0; i < spooled.Count; i++)
        {
            try
            {
                var deliveredByEveryNotifier = dispatcher.Notifiers.All(spooled[i].DeliveredBy.Contains);
                var isNew = await store.ImportAsync(spooled[i], deliveredByEveryNotifier, clock.GetUtcNow(), wait, cancellationToken);
                spool.Remove(spooled[i].Id);
                RescueLog.Drained(logger, spooled[i].Id, !isNew);
                signal.Notify();
            }
            catch (Exception exception) when (DatabaseFailure.Is(exception))
            {
                RescueLog.DrainWaiting(logger, spooled.Count - i, DatabaseFailure.Describe(exception));
                return spooled.Count - i;
            }
        }

        return 0;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            await DrainOnceAsync(stoppingToken);
            await Task.Delay(interval, clock, stoppingToken);
        }
    }
}
