namespace PuenteBot.Reports;

/// <summary>One urgent escalation as the crisis report counts it: its danger kind, the family's language and channel, and times only.</summary>
public sealed record CrisisReferral(string Kind, string Language, string Channel, DateTimeOffset RaisedAt, DateTimeOffset? AcknowledgedAt)
{
    public TimeSpan? ToAcknowledge => AcknowledgedAt - RaisedAt;
}
