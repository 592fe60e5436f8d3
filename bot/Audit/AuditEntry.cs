namespace PuenteBot.Audit;

/// <summary>
/// One audit row: when, who (a portal user, <c>api:&lt;key number&gt;</c> or <c>system</c>), what
/// (<see cref="AuditActions"/>), on which escalation or family, and a detail code (an outcome or a disposition, a
/// user a case was assigned to) — never message text, phone numbers or the family's names.
/// </summary>
public sealed record AuditEntry(
    DateTimeOffset At,
    string Actor,
    string Action,
    string? EscalationId = null,
    string? FamilyId = null,
    string? Detail = null)
{
    /// <summary>The actor of the background workers.</summary>
    public const string System = "system";

    /// <summary>The actor of a clinician API call with the key numbered <paramref name="keyNumber"/> (never the key).</summary>
    public static string ApiActor(object? keyNumber) => $"api:{keyNumber}";
}
