namespace PuenteBot.Visits.Outreach;

/// <summary>
/// One <c>outreach</c> row: a message PuenteBot plans to send a family outside a turn, its due time and state, and,
/// once sent, the conversation, channel and language it went on and the family's answer. <see cref="Body"/> is a
/// clinician's follow-up words (staff text: never logged).
/// </summary>
public sealed record OutreachRecord(
    long Id,
    string PlanKey,
    string Kind,
    string FamilyId,
    string? AppointmentId,
    string? EscalationId,
    string? Author,
    string? Body,
    DateTimeOffset DueAt,
    string State,
    string? Reason,
    int Attempts,
    string? ConversationId,
    string? Channel,
    string? Language,
    string? Reply,
    DateTimeOffset? RepliedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt);
