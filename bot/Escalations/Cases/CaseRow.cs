namespace PuenteBot.Escalations.Cases;

/// <summary>An escalation with its case, as the queue lists them.</summary>
public sealed record CaseRow(EscalationRecord Escalation, CaseRecord Case);
