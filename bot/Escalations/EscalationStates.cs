namespace PuenteBot.Escalations;

/// <summary>The values of <c>escalations.state</c>.</summary>
public static class EscalationStates
{
    /// <summary>Not yet delivered by every configured notifier (or no notifier is configured).</summary>
    public const string Pending = "pending";

    /// <summary>Every configured notifier delivered it.</summary>
    public const string Delivered = "delivered";

    /// <summary>A notifier gave up after its last try; a person must look at it.</summary>
    public const string DeadLetter = "dead_letter";

    /// <summary>A clinician acknowledged it, whatever its delivery state was.</summary>
    public const string Acknowledged = "acknowledged";

    public static IReadOnlyList<string> All { get; } = [Pending, Delivered, DeadLetter, Acknowledged];
}
