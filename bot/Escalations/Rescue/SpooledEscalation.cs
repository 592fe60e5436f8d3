using System.Text.Json.Nodes;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.State;

namespace PuenteBot.Escalations.Rescue;

/// <summary>
/// An escalation the database could not take, as its spool file keeps it: everything the <c>escalations</c> row
/// holds, and the notifiers that already delivered it (so the drainer does not have them send it again).
/// </summary>
public sealed record SpooledEscalation(
    string Id,
    string ConversationId,
    string Urgency,
    string Reason,
    JsonObject Summary,
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> DeliveredBy)
{
    public static SpooledEscalation From(string conversationId, EscalationRequest escalation, DateTimeOffset createdAt) =>
        new(escalation.Id, conversationId, escalation.Urgency, escalation.Reason, (JsonObject)escalation.Summary.DeepClone(), createdAt, []);

    /// <summary>The escalation as the turn raised it (same id), for writing into the database.</summary>
    public EscalationRequest ToRequest() => new(Urgency, Reason, Summary) { Id = Id };

    public EscalationRecord ToRecord() =>
        new(Id, ConversationId, Urgency, Reason, EscalationStates.Pending, Summary, CreatedAt, AcknowledgedBy: null, AcknowledgedAt: null);
}
