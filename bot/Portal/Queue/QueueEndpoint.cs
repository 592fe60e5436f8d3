using PuenteBot.Escalations;
using PuenteBot.Portal.Pages;

namespace PuenteBot.Portal.Queue;

/// <summary><c>GET /portal</c>: the escalations not yet acknowledged, by urgency then age; <c>GET /portal/queue</c>: its table alone.</summary>
public static class QueueEndpoint
{
    public const int Limit = 200;

    /// <summary>The queue's table alone, which the page polls.</summary>
    public const string TablePath = "/portal/queue";

    public static RouteGroupBuilder MapQueue(this RouteGroupBuilder portal)
    {
        portal.MapGet("", async (HttpContext http, IEscalationStore escalations, TimeProvider clock) =>
            QueuePage.Render(PortalView.For(http), await escalations.QueueAsync(Limit, http.RequestAborted), clock.GetUtcNow()));
        portal.MapGet("/queue", async (HttpContext http, IEscalationStore escalations, TimeProvider clock) => TypedResults.Content(
            QueuePage.Table(PortalView.For(http), await escalations.QueueAsync(Limit, http.RequestAborted), clock.GetUtcNow()), "text/html; charset=utf-8"));
        return portal;
    }
}
