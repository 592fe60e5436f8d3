using Microsoft.Extensions.Options;
using PuenteBot.Escalations;
using PuenteBot.Portal.Components;
using PuenteBot.Portal.Pages;

namespace PuenteBot.Portal.Queue;

/// <summary>
/// <c>GET /portal</c>: the escalations that still need someone (not acknowledged, or claimed or in a conversation, and
/// not closed), by urgency then age, with their cases and the filters of <see cref="QueueFilter"/>, and the latest
/// acknowledged ones; <c>GET /portal/queue</c>: the queue's table alone (same filters).
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
        portal.MapGet("", async (HttpContext http, IEscalationStore escalations, IOptions<PortalOptions> options, TimeProvider clock) =>
        {
            var filter = QueueFilter.From(http.Request);
            var queue = await filter.RowsAsync(http.RequestServices, Limit, http.RequestAborted);
            var acknowledged = await escalations.ListAsync(new EscalationQuery(EscalationStates.Acknowledged, PageSize: AcknowledgedShown), http.RequestAborted);
            var accounts = options.Value.Accounts.Select(a => a.User).ToList();
            return PortalPages.Render<QueuePage>(new { View = PortalView.For(http), Queue = queue, Acknowledged = acknowledged.Items, Now = clock.GetUtcNow(), Filter = filter, Accounts = accounts });
        });
        portal.MapGet("/queue", async (HttpContext http, TimeProvider clock) => PortalPages.Render<QueueTable>(
            new { View = PortalView.For(http), Queue = await QueueFilter.From(http.Request).RowsAsync(http.RequestServices, Limit, http.RequestAborted), Now = clock.GetUtcNow() }));
        return portal;
    }
}
