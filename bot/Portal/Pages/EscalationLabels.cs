using System.Globalization;
using PuenteBot.Escalations;

namespace PuenteBot.Portal.Pages;

/// <summary>How the portal names an escalation's urgency, reason, channel, language, delivery state and age, in the clinician's language.</summary>
internal static class EscalationLabels
{
    public static string Urgency(PortalView view, string urgency) => view.Text.GetOr("Escalation.Urgency." + urgency, urgency);

    public static string Reason(PortalView view, string reason) => view.Text.Reason(reason);

    public static string Channel(PortalView view, string? channel) =>
        channel is null ? "—" : view.Text.GetOr("Escalation.Channel." + channel, channel);

    public static string Language(PortalView view, string? language) =>
        language is null ? "—" : view.Text.GetOr("Escalation.Language." + language, language);

    public static string Delivery(PortalView view, string state) => view.Text.GetOr("Portal.Delivery." + state, state);

    /// <summary>Who acknowledged it and when ("—" for what is not known).</summary>
    public static string AcknowledgedBy(PortalView view, EscalationRecord escalation) =>
        view["Portal.Escalation.AcknowledgedBy", escalation.AcknowledgedBy ?? "—", escalation.AcknowledgedAt is { } at ? view.Text.Time(at) : "—"];

    /// <summary>"12 min", "3 h", "2 d".</summary>
    public static string Age(PortalView view, TimeSpan age)
    {
        var (key, value) = age.TotalMinutes < 60 ? ("Portal.Age.Minutes", Math.Max(0, (int)age.TotalMinutes))
            : age.TotalHours < 48 ? ("Portal.Age.Hours", (int)age.TotalHours)
            : ("Portal.Age.Days", (int)age.TotalDays);
        return view[key, value.ToString(CultureInfo.InvariantCulture)];
    }
}
