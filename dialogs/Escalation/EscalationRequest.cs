using System.Text.Json.Nodes;

namespace PuenteBot.Dialogs.Escalation;

/// <summary>How soon the care team must act.</summary>
public static class Urgency
{
    public const string Urgent = "urgent";
    public const string Routine = "routine";
    public const string BarrierReport = "barrier_report";
}

/// <summary>A request for a person: how urgent, why, and the facts the clinician needs (JSON).</summary>
public sealed record EscalationRequest(string Urgency, string Reason, JsonObject Summary);
