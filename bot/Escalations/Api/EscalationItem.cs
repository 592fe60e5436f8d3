namespace PuenteBot.Escalations.Api;

/// <summary>An escalation in the API's lists: ids, urgency, state and the title in the clinicians' language (no family words).</summary>
public sealed record EscalationItem(
    string Id,
    string ConversationId,
    string Urgency,
    string Reason,
    string State,
    string Title,
    DateTimeOffset CreatedAt,
    string? AcknowledgedBy,
    DateTimeOffset? AcknowledgedAt)
{
    public static EscalationItem From(EscalationRecord record, string title) => new(
        record.Id, record.ConversationId, record.Urgency, record.Reason, record.State, title, record.CreatedAt, record.AcknowledgedBy, record.AcknowledgedAt);
}
