using PuenteBot.Escalations;
using PuenteBot.Portal.Pages;

namespace PuenteBot.Portal.Queue;

/// <summary><c>GET /portal</c>: the escalations not yet acknowledged, by urgency then age.</summary>
public static class QueueEndpoint
{
    public const int Limit = 200;

    public static RouteGroupBuilder MapQueue(this RouteGroupBuilder portal)
    {
        portal.MapGet("", async (HttpContext http, IEscalationStore escalations, TimeProvider clock) =>
            QueuePage.Render(PortalView.For(http), await escalations.QueueAsync(Limit, http.RequestAborted), clock.GetUtcNow()));
        return portal;
    }
}
