namespace PuenteBot.Escalations.Cases;

/// <summary>Where one escalation's case stands: its state (<see cref="CaseStates"/>), who owns it, how it was closed, and when it was re-paged.</summary>
public sealed record CaseRecord(
    string EscalationId,
    string State,
    string? Owner,
    string? Disposition,
    DateTimeOffset? RepagedAt,
    DateTimeOffset? UpdatedAt,
    DateTimeOffset? ClosedAt)
{
    /// <summary>The case of an escalation nobody has touched.</summary>
    public static CaseRecord Open(string escalationId) => new(escalationId, CaseStates.Open, null, null, null, null, null);
}
