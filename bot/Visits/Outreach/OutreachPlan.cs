namespace PuenteBot.Visits.Outreach;

/// <summary>A message to plan: its unique <see cref="PlanKey"/> (planning the same key twice plans it once) and when it is due.</summary>
public sealed record OutreachPlan(
    string PlanKey,
    string Kind,
    string FamilyId,
    DateTimeOffset DueAt,
    string? AppointmentId = null,
    string? EscalationId = null,
    string? Author = null,
    string? Body = null);
