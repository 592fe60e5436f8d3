namespace PuenteBot.Escalations.Cases;

/// <summary>The values of <c>escalation_cases.state</c>: open → claimed → in_conversation → closed (an escalation without a row is open).</summary>
public static class CaseStates
{
    /// <summary>Nobody owns it yet.</summary>
    public const string Open = "open";

    /// <summary>A clinician claimed it, or was assigned it.</summary>
    public const string Claimed = "claimed";

    /// <summary>The owner joined the family's conversation (live handoff).</summary>
    public const string InConversation = "in_conversation";

    /// <summary>Done, with a disposition.</summary>
    public const string Closed = "closed";

    public static IReadOnlyList<string> All { get; } = [Open, Claimed, InConversation, Closed];
}
