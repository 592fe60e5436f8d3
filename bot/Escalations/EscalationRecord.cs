using System.Text.Json.Nodes;

namespace PuenteBot.Escalations;

/// <summary>
/// One escalation as stored: the dialogs' summary JSON (reason, channel, language, quote, care notes), its delivery
/// state (<see cref="EscalationStates"/>) and who acknowledged it.
/// </summary>
public sealed record EscalationRecord(
    string Id,
    string ConversationId,
    string Urgency,
    string Reason,
    string State,
    JsonObject Summary,
    DateTimeOffset CreatedAt,
    string? AcknowledgedBy,
    DateTimeOffset? AcknowledgedAt);
