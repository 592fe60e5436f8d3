using PuenteBot.Portal.Pages;

namespace PuenteBot.Portal.Outcomes;

/// <summary>
/// How the outcomes page names its sections, segments and figures in the clinician's language. A figure named
/// <c>prefix.value</c> (<c>barrier.transport</c>, <c>urgency.urgent</c>, <c>before.7</c>) reads as the prefix's
/// wording around the value's own label (the barrier or urgency as the queue names it, or the number).
/// </summary>
internal static class OutcomeLabels
{
    public static string Section(PortalView view, string section) => view["Portal.Outcomes.Section." + section];

    public static string Segment(PortalView view, string segment) => view["Portal.Outcomes.Segment." + segment];

    public static string Figure(PortalView view, string figure) => figure.Split('.', 2) switch
    {
        [var prefix, var value] => view["Portal.Outcomes.Figure." + prefix, Value(view, prefix, value)],
        _ => view["Portal.Outcomes.Figure." + figure],
    };

    private static string Value(PortalView view, string prefix, string value) => prefix switch
    {
        "barrier" => view.Text.GetOr("Escalation.Barrier." + value, value),
        "urgency" or "urgency_ack_median" or "urgency_ack_p90" => EscalationLabels.Urgency(view, value),
        _ => value,
    };
}
