using System.Text;
using PuenteBot.Escalations;
using PuenteBot.Portal.Escalations;
using PuenteBot.Portal.Pages;

namespace PuenteBot.Portal.Queue;

/// <summary>
/// The queue: what still needs a clinician, urgent first, oldest first within an urgency. The page polls the table
/// (<see cref="QueueEndpoint.TablePath"/>), so a new escalation shows up without reloading.
/// </summary>
internal static class QueuePage
{
    public static IResult Render(PortalView view, IReadOnlyList<EscalationRecord> queue, IReadOnlyList<EscalationRecord> acknowledged, DateTimeOffset now) =>
        PortalLayout.Page(
            view,
            view["Portal.Queue.Title"],
            $"<div id=\"queue\" data-poll=\"{QueueEndpoint.TablePath}\">{Table(view, queue, now)}</div>{Acknowledged(view, acknowledged)}");

    /// <summary>The latest acknowledged escalations, so a clinician finds one again (a handoff can go on after acknowledging).</summary>
    private static string Acknowledged(PortalView view, IReadOnlyList<EscalationRecord> acknowledged)
    {
        if (acknowledged.Count == 0)
        {
            return string.Empty;
        }

        var html = new StringBuilder($"<section class=\"acknowledged-list\"><h2>{PortalHtml.Encode(view["Portal.Queue.Acknowledged"])}</h2><ul>");
        foreach (var escalation in acknowledged)
        {
            var by = view["Portal.Escalation.AcknowledgedBy", escalation.AcknowledgedBy ?? "—", escalation.AcknowledgedAt is { } at ? view.Text.Time(at) : "—"];
            html.Append($"<li data-id=\"{PortalHtml.Encode(escalation.Id)}\">{EscalationLabels.UrgencyBadge(view, escalation.Urgency)} ");
            html.Append($"<a href=\"{PortalHtml.Encode(EscalationEndpoints.PathOf(escalation.Id))}\">{PortalHtml.Encode(EscalationLabels.Reason(view, escalation.Reason))}</a> · {PortalHtml.Encode(by)}</li>");
        }

        return html.Append("</ul></section>").ToString();
    }

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
            var link = EscalationEndpoints.PathOf(escalation.Id);
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
