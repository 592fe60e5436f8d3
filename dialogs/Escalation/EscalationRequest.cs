using System.Text.Json.Nodes;

namespace PuenteBot.Dialogs.Escalation;

/// <summary>How soon the care team must act.</summary>
public static class Urgency
{
    public const string Urgent = "urgent";
    public const string Routine = "routine";
    public const string BarrierReport = "barrier_report";
}

/// <summary>
/// A request for a person: how urgent, why, and the facts the clinician needs (JSON). Its <see cref="Id"/> is the
/// stored escalation's id, known when it is raised, so later messages of the same crisis can be added to it.
/// </summary>
public sealed record EscalationRequest(string Urgency, string Reason, JsonObject Summary)
{
    public string Id { get; init; } = Guid.CreateVersion7().ToString("N");
}

/// <summary>
/// Something that happened after an escalation was raised (a later message of the same crisis): added to the
/// escalation's summary under <c>updates</c> and sent to the care team again, marked as an update.
/// </summary>
public sealed record EscalationUpdate(string EscalationId, JsonObject Entry);
