using System.Data.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PuenteBot.Escalations.Delivery;
using PuenteBot.Escalations.Rescue;

namespace PuenteBot.Hosting.Health;

/// <summary>
/// No urgent escalation has waited undelivered (pending or dead-lettered, not acknowledged; in the database or in
/// the spool) longer than <c>Escalation:Delivery:AlertAfter</c>: <c>ok</c> or <c>undelivered</c>; <c>unknown</c>
/// when the database cannot say.
/// </summary>
public sealed class UrgentDeliveryHealthCheck(EscalationOutbox outbox, EscalationSpool spool, IOptions<EscalationOptions> options, TimeProvider clock) : IHealthCheck
{
    private readonly TimeSpan alertAfter = options.Value.Delivery.AlertAfter;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow() - alertAfter;
        var spooled = (await spool.ReadAllAsync(cancellationToken)).Count(e => e.Urgency == "urgent" && e.DeliveredBy.Count == 0 && e.CreatedAt <= cutoff);
        long stored;
        try
        {
            stored = await outbox.UrgentUndeliveredAsync(cutoff, cancellationToken);
        }
        catch (DbException)
        {
            return HealthCheckResult.Unhealthy("unknown");
        }

        var waiting = stored + spooled;
        return waiting == 0
            ? HealthCheckResult.Healthy("ok")
            : HealthCheckResult.Unhealthy("undelivered", data: new Dictionary<string, object> { ["urgentUndelivered"] = waiting });
    }
}
