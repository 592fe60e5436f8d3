using System.Globalization;
using System.Text;
using PuenteBot.Escalations.Delivery;
using PuenteBot.Portal.Pages;

namespace PuenteBot.Portal.Escalations;

/// <summary>How the care team was told of an escalation: each notifier's state, tries and last error (a dead letter says why).</summary>
internal static class DeliveriesHtml
{
    public static string Render(PortalView view, IReadOnlyList<EscalationDeliveryStatus> deliveries)
    {
        if (deliveries.Count == 0)
        {
            return string.Empty;
        }

        var html = new StringBuilder($"<table class=\"deliveries\"><caption>{PortalHtml.Encode(view["Portal.Deliveries.Title"])}</caption><thead><tr>");
        foreach (var column in new[] { "Notifier", "State", "Attempts", "LastError" })
        {
            html.Append($"<th scope=\"col\">{PortalHtml.Encode(view["Portal.Deliveries." + column])}</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var delivery in deliveries)
        {
            html.Append($"<tr><td>{PortalHtml.Encode(view.Text.GetOr("Portal.Notifier." + delivery.Notifier, delivery.Notifier))}</td>");
            html.Append($"<td>{EscalationLabels.DeliveryBadge(view, delivery.State)}</td>");
            html.Append($"<td>{delivery.Attempts.ToString(CultureInfo.InvariantCulture)}</td>");
            html.Append($"<td>{PortalHtml.Encode(delivery.LastError ?? string.Empty)}</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }
}
