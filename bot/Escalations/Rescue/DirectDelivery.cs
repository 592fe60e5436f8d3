using Microsoft.Extensions.Options;
using PuenteBot.Escalations.Delivery;
using PuenteBot.Escalations.Summaries;
using PuenteBot.Hosting.Telemetry;

namespace PuenteBot.Escalations.Rescue;

/// <summary>
/// Hands spooled escalations straight to every configured notifier, one try each within
/// <c>Escalation:Spool:DeliveryWait</c>, with the idempotency keys the delivery worker would use
/// (<c>id:notifier</c>), so a receiver that also gets the worker's try later processes it once.
/// </summary>
public sealed class DirectDelivery(
    IEnumerable<IEscalationNotifier> notifiers,
    EscalationSummaries summaries,
    IOptions<EscalationOptions> options,
    TimeProvider clock,
    ILogger<DirectDelivery> logger)
{
    private readonly IEscalationNotifier[] active = [.. notifiers.Where(n => n.IsConfigured)];
    private readonly TimeSpan wait = options.Value.Spool.DeliveryWait;

    /// <summary>The names of the notifiers that delivered it (empty when none is configured or none got through in time).</summary>
    public async Task<IReadOnlyList<string>> DeliverAsync(SpooledEscalation escalation, CancellationToken cancellationToken)
    {
        if (active.Length == 0)
        {
            return [];
        }

        using var timeout = new CancellationTokenSource(wait, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var record = escalation.ToRecord();
        var summary = await SummaryAsync(record, linked.Token);
        var sent = await Task.WhenAll(active.Select(notifier => TrySendAsync(notifier, record, summary, linked.Token)));
        return [.. sent.OfType<string>()];
    }

    /// <summary>The summary with the conversation's last messages when the database still reads, without them when not.</summary>
    private async Task<EscalationSummary> SummaryAsync(EscalationRecord record, CancellationToken cancellationToken)
    {
        try
        {
            return await summaries.BuildAsync(record, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            RescueLog.SummaryWithoutLog(logger, record.Id, exception.GetType().Name);
            return summaries.Build(record, []);
        }
    }

    private async Task<string?> TrySendAsync(IEscalationNotifier notifier, EscalationRecord record, EscalationSummary summary, CancellationToken cancellationToken)
    {
        try
        {
            await notifier.SendAsync(new EscalationMessage(record, summary, $"{record.Id}:{notifier.Name}", Attempt: 1), cancellationToken);
            PuenteBotMetrics.Delivered(notifier.Name, record.Urgency, record.CreatedAt, clock.GetUtcNow());
            return notifier.Name;
        }
        catch (Exception exception)
        {
            RescueLog.DirectFailed(logger, record.Id, notifier.Name, exception is OperationCanceledException ? "timed out" : exception.GetType().Name);
            return null;
        }
    }
}
