using System.Text;
using PuenteBot.Portal.Handoff;
using PuenteBot.Portal.Pages;
using PuenteBot.State;

namespace PuenteBot.Portal.Escalations;

/// <summary>
/// The conversation log as the portal shows it, oldest first: who (family, PuenteBot, care team), when, and the
/// words, the family's marked with their language. The escalation page polls this fragment during a handoff.
/// </summary>
internal static class TranscriptHtml
{
    public static string Render(PortalView view, IReadOnlyList<LogEntry> log, string? familyLanguage)
    {
        var messages = log.Where(e => !string.IsNullOrWhiteSpace(e.Text)).ToList();
        if (messages.Count == 0)
        {
            return PortalHtml.Notice(view["Portal.Transcript.Empty"]);
        }

        var html = new StringBuilder("<ol class=\"transcript\">");
        foreach (var entry in messages)
        {
            var (who, css) = entry.Direction == LogEntry.Inbound ? (view["Portal.Transcript.Family"], "family")
                : ClinicianMessages.IsFromClinician(entry) ? (view["Portal.Transcript.CareTeam"], "care-team")
                : (view["Portal.Transcript.Bot"], "bot");
            var lang = familyLanguage is null ? string.Empty : $" lang=\"{PortalHtml.Encode(familyLanguage)}\"";
            html.Append($"<li class=\"from-{css}\"><span class=\"who\">{PortalHtml.Encode(who)}</span> <time>{PortalHtml.Encode(view.Text.Time(entry.Timestamp))}</time>");
            html.Append($"<p{lang}>{PortalHtml.Encode(entry.Text)}</p></li>");
        }

        return html.Append("</ol>").ToString();
    }
}
