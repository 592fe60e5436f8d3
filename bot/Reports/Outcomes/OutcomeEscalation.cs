namespace PuenteBot.Reports.Outcomes;

/// <summary>One escalation raised in the range: its urgency, its summary (JSON, read for language and channel only) and its times.</summary>
public sealed record OutcomeEscalation(string Urgency, string Summary, DateTimeOffset RaisedAt, DateTimeOffset? AcknowledgedAt)
{
    public TimeSpan? ToAcknowledge => AcknowledgedAt - RaisedAt;
}
