using System.Text;
using PuenteBot.Escalations;
using PuenteBot.Portal.Pages;

namespace PuenteBot.Portal.Queue;

/// <summary>
/// The queue: what still needs a clinician, urgent first, oldest first within an urgency. The page polls the table
/// (<see cref="QueueEndpoint.TablePath"/>), so a new escalation shows up without reloading.
/// </summary>
internal static class QueuePage
{
    public static IResult Render(PortalView view, IReadOnlyList<EscalationRecord> queue, DateTimeOffset now) =>
        PortalLayout.Page(view, view["Portal.Queue.Title"], $"<div id=\"queue\" data-poll=\"{QueueEndpoint.TablePath}\">{Table(view, queue, now)}</div>");

    public static string Table(PortalView view, IReadOnlyList<EscalationRecord> queue, DateTimeOffset now)
    {
        if (queue.Count == 0)
        {
            return PortalHtml.Notice(view["Portal.Queue.Empty"]);
        }

        var html = new StringBuilder("<table class=\"queue\"><thead><tr>");
        foreach (var column in new[] { "Urgency", "Reason", "Age", "Channel", "Language", "Delivery", "Open" })
        {
            html.Append($"<th scope=\"col\">{PortalHtml.Encode(view["Portal.Queue." + column])}</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var escalation in queue)
        {
            var link = $"/portal/escalations/{Uri.EscapeDataString(escalation.Id)}";
            var rowClass = $"urgency-{escalation.Urgency}{(escalation.State == EscalationStates.DeadLetter ? " dead-letter" : string.Empty)}";
            html.Append($"<tr class=\"{PortalHtml.Encode(rowClass)}\" data-id=\"{PortalHtml.Encode(escalation.Id)}\">");
            html.Append($"<td>{EscalationLabels.UrgencyBadge(view, escalation.Urgency)}</td>");
            html.Append($"<td>{PortalHtml.Encode(EscalationLabels.Reason(view, escalation.Reason))}</td>");
            html.Append($"<td>{PortalHtml.Encode(EscalationLabels.Age(view, now - escalation.CreatedAt))}</td>");
            html.Append($"<td>{PortalHtml.Encode(EscalationLabels.Channel(view, (string?)escalation.Summary["channel"]))}</td>");
            html.Append($"<td>{PortalHtml.Encode(EscalationLabels.Language(view, (string?)escalation.Summary["language"]))}</td>");
            html.Append($"<td>{EscalationLabels.DeliveryBadge(view, escalation.State)}</td>");
            html.Append($"<td><a href=\"{PortalHtml.Encode(link)}\">{PortalHtml.Encode(view["Portal.Queue.Open"])}</a></td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }
}
