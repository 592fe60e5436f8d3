namespace PuenteBot.Dialogs.Notes;

/// <summary>One barrier to coming back: its kind, the caregiver's words, what they added, and the plan they chose.</summary>
public sealed class BarrierNote
{
    /// <summary>A barrier label (transport, schedule, cost, …).</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>How the caregiver named it, as written.</summary>
    public string? Words { get; set; }

    /// <summary>Their answer to the clarifying question, as written.</summary>
    public string? Detail { get; set; }

    /// <summary>
    /// The answer to the clarifying question as the options were chosen by it (medicaid, work, nobody, partner, …),
    /// from their reply or from what they had already said; null when it was not known.
    /// </summary>
    public string? Answer { get; set; }

    /// <summary>The option they chose (a UI string key of the barrier playbook), or null when none fit.</summary>
    public string? Plan { get; set; }

    /// <summary>The plan in the caregiver's language, as it was offered to them.</summary>
    public string? PlanText { get; set; }

    /// <summary>Their answer to "what would help?" after none of the options fit, as written.</summary>
    public string? WouldHelp { get; set; }

    /// <summary>True once the caregiver agreed to share it with the care team.</summary>
    public bool SharedWithCareTeam { get; set; }

    public DateTimeOffset? At { get; set; }
}
