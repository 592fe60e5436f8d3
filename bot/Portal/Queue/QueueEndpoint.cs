using PuenteBot.Escalations;
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
            return QueuePage.Render(PortalView.For(http), queue, acknowledged.Items, clock.GetUtcNow());
        });
        portal.MapGet("/queue", async (HttpContext http, IEscalationStore escalations, TimeProvider clock) => TypedResults.Content(
            QueuePage.Table(PortalView.For(http), await escalations.QueueAsync(Limit, http.RequestAborted), clock.GetUtcNow()), "text/html; charset=utf-8"));
        return portal;
    }
}
