using PuenteBot.Escalations;
using PuenteBot.Portal.Components;
using PuenteBot.Portal.Pages;

namespace PuenteBot.Portal.Queue;

/// <summary>
/// <c>GET /portal</c>: the escalations not yet acknowledged, by urgency then age, and the latest acknowledged ones;
/// <c>GET /portal/queue</c>: the queue's table alone.
/// </summary>
public static class QueueEndpoint
{
    public const int Limit = 200;

    /// <summary>How many of the latest acknowledged escalations the page lists under the queue.</summary>
    public const int AcknowledgedShown = 20;

    /// <summary>The queue's table alone, which the page polls.</summary>
    public const string TablePath = "/portal/queue";

    public static RouteGroupBuilder MapQueue(this RouteGroupBuilder portal)
    {
        portal.MapGet("", async (HttpContext http, IEscalationStore escalations, TimeProvider clock) =>
        {
            var queue = await escalations.QueueAsync(Limit, http.RequestAborted);
            var acknowledged = await escalations.ListAsync(new EscalationQuery(EscalationStates.Acknowledged, PageSize: AcknowledgedShown), http.RequestAborted);
            return PortalPages.Render<QueuePage>(new { View = PortalView.For(http), Queue = queue, Acknowledged = acknowledged.Items, Now = clock.GetUtcNow() });
        });
        portal.MapGet("/queue", async (HttpContext http, IEscalationStore escalations, TimeProvider clock) => PortalPages.Render<QueueTable>(
            new { View = PortalView.For(http), Queue = await escalations.QueueAsync(Limit, http.RequestAborted), Now = clock.GetUtcNow() }));
        return portal;
    }
}
