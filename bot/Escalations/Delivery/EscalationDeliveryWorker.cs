using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace PuenteBot.Escalations.Delivery;

/// <summary>
/// Delivers committed escalations to every configured notifier, at least once: it claims the most urgent, oldest
/// escalation with deliveries due and hands it to <see cref="EscalationDispatcher"/>, with up to
/// <see cref="DeliveryOptions.MaxConcurrent"/> escalations in flight, so one slow notifier does not hold up the
/// next escalation. Woken by <see cref="EscalationSignal"/> when a turn commits one or a try ends, and by its own
/// poll otherwise; all its state is in the database, so a restarted process carries on where the last one stopped, and
/// several processes on one PostgreSQL database share the work (the outbox's claims keep each delivery to one of them).
/// </summary>
public sealed class EscalationDeliveryWorker(
    EscalationOutbox outbox,
    EscalationDispatcher dispatcher,
    EscalationSignal signal,
    IOptions<EscalationOptions> options,
    TimeProvider clock,
    ILogger<EscalationDeliveryWorker> logger) : BackgroundService
{
    private readonly DeliveryOptions delivery = options.Value.Delivery;
    private readonly SemaphoreSlim slots = new(options.Value.Delivery.MaxConcurrent);
    private readonly ConcurrentDictionary<Task, byte> inFlight = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var names = dispatcher.Notifiers;
        if (names.Count == 0)
        {
            EscalationLog.NoNotifiers(logger);
            return;
        }

        await Task.Yield(); // SQLite's async calls complete synchronously: let the host finish starting first.
        EscalationLog.Started(logger, string.Join(", ", names));
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await slots.WaitAsync(stoppingToken);
                if (await ClaimAsync(names, stoppingToken) is { } claimed)
                {
                    Start(claimed, stoppingToken);
                    continue;
                }

                slots.Release();
                await signal.WaitAsync(await IdleTimeAsync(names, stoppingToken), clock, stoppingToken);
            }
        }
        finally
        {
            await Task.WhenAll(inFlight.Keys);
        }
    }

    private async Task<ClaimedEscalation?> ClaimAsync(IReadOnlyList<string> names, CancellationToken stoppingToken)
    {
        try
        {
            return await outbox.ClaimNextAsync(names, clock.GetUtcNow(), delivery.AttemptTimeout, stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            EscalationLog.LoopFailed(logger, exception.GetType().Name);
            return null;
        }
        catch
        {
            slots.Release();
            throw;
        }
    }

    /// <summary>How long to sleep when nothing is due: until the next retry, at most the poll interval.</summary>
    private async Task<TimeSpan> IdleTimeAsync(IReadOnlyList<string> names, CancellationToken stoppingToken)
    {
        DateTimeOffset? next;
        try
        {
            next = await outbox.NextDueAtAsync(names, stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            EscalationLog.LoopFailed(logger, exception.GetType().Name);
            return delivery.PollInterval;
        }

        var untilDue = next is { } at ? at - clock.GetUtcNow() : delivery.PollInterval;
        return untilDue < TimeSpan.Zero ? TimeSpan.Zero : untilDue < delivery.PollInterval ? untilDue : delivery.PollInterval;
    }

    private void Start(ClaimedEscalation claimed, CancellationToken stoppingToken)
    {
        var task = RunAsync(claimed, stoppingToken);
        inFlight.TryAdd(task, 0);
        task.ContinueWith(t => inFlight.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>One escalation's tries; never throws. Its end frees a slot and wakes the loop (a retry may now be the next due).</summary>
    private async Task RunAsync(ClaimedEscalation claimed, CancellationToken stoppingToken)
    {
        try
        {
            await dispatcher.DeliverAsync(claimed, stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            EscalationLog.LoopFailed(logger, exception.GetType().Name);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the claims lapse after AttemptTimeout, or were given back.
        }
        finally
        {
            slots.Release();
            signal.Notify();
        }
    }

    public override void Dispose()
    {
        slots.Dispose();
        base.Dispose();
    }
}
