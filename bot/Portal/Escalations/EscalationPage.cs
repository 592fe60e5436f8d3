using System.Text;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Escalations;
using PuenteBot.Escalations.Delivery;
using PuenteBot.Escalations.Summaries;
using PuenteBot.Portal.Pages;
using PuenteBot.State;

namespace PuenteBot.Portal.Escalations;

/// <summary>One escalation: its state and acknowledgement, the clinician's summary, the conversation, and under it live handoff.</summary>
internal static class EscalationPage
{
    public sealed record Model(
        EscalationRecord Escalation,
        EscalationSummary Summary,
        IReadOnlyList<EscalationDeliveryStatus> Deliveries,
        IReadOnlyList<LogEntry> Log,
        ConversationData Conversation,
        bool Reachable,
        string? Notice);

    public static IResult Render(PortalView view, Model model)
    {
        var escalation = model.Escalation;
        var link = EscalationEndpoints.PathOf(escalation.Id);
        var html = new StringBuilder($"<p><a href=\"/portal\">{PortalHtml.Encode(view["Portal.Escalation.Back"])}</a></p>");
        html.Append(model.Notice is { } notice ? PortalHtml.Notice(view.Text.GetOr("Portal.Notice." + notice, string.Empty)) : string.Empty);
        html.Append($"<p class=\"status\">{EscalationLabels.UrgencyBadge(view, escalation.Urgency)} {EscalationLabels.DeliveryBadge(view, escalation.State)} ");
        html.Append($"{PortalHtml.Encode(view["Escalation.Label.Received"])}: {PortalHtml.Encode(view.Text.Time(escalation.CreatedAt))}</p>");
        if (escalation.AcknowledgedBy is { } by)
        {
            html.Append($"<p class=\"acknowledged\">{PortalHtml.Encode(view["Portal.Escalation.AcknowledgedBy", by, escalation.AcknowledgedAt is { } at ? view.Text.Time(at) : "—"])}</p>");
        }
        else
        {
            html.Append(PortalHtml.Form(view, link + "/ack", view["Portal.Escalation.Acknowledge"], buttonClass: "primary"));
        }

        html.Append(DeliveriesHtml.Render(view, model.Deliveries));
        html.Append(model.Summary.ToHtml());
        html.Append($"<section class=\"conversation\"><h2>{PortalHtml.Encode(view["Portal.Escalation.Transcript"])}</h2>");
        html.Append($"<div id=\"transcript\" data-poll=\"{PortalHtml.Encode(link + "/transcript")}\">");
        html.Append(TranscriptHtml.Render(view, model.Log, model.Conversation.Language)).Append("</div></section>");
        html.Append(HandoffPanel(view, model, link));
        return PortalLayout.Page(view, model.Summary.Title, html.ToString());
    }

    private static string HandoffPanel(PortalView view, Model model, string link)
    {
        var html = new StringBuilder($"<section class=\"handoff\"><h2>{PortalHtml.Encode(view["Portal.Handoff.Title"])}</h2>");
        if (!model.Reachable)
        {
            html.Append(PortalHtml.Notice(view["Portal.Handoff.Unreachable"], "warning"));
        }

        if (model.Conversation.Handoff is not { } handoff)
        {
            html.Append($"<p>{PortalHtml.Encode(view["Portal.Handoff.JoinHelp"])}</p>");
            html.Append(PortalHtml.Form(view, link + "/join", view["Portal.Handoff.Join"], buttonClass: "primary"));
            return html.Append("</section>").ToString();
        }

        html.Append($"<p class=\"live\">{PortalHtml.Encode(view["Portal.Handoff.Active", handoff.ClinicianName, view.Text.Time(handoff.Since)])}</p>");
        var field = $"<label>{PortalHtml.Encode(view["Portal.Handoff.Reply"])}<textarea name=\"text\" rows=\"3\" maxlength=\"1500\" required></textarea></label>";
        html.Append(PortalHtml.Form(view, link + "/reply", view["Portal.Handoff.Send"], field, "primary"));
        html.Append(PortalHtml.Form(view, link + "/handback", view["Portal.Handoff.HandBack"]));
        return html.Append("</section>").ToString();
    }
}
