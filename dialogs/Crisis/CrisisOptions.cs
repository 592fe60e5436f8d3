using PuenteBot.Dialogs.Escalation;

namespace PuenteBot.Dialogs.Crisis;

/// <summary>
/// How a crisis episode starts: after urgent words (the help for <see cref="Kind"/> is out and the care team's
/// escalation <see cref="EscalationId"/> raised) or ambiguous ones (the direct safety question is out).
/// </summary>
public sealed class CrisisOptions
{
    public bool Urgent { get; set; }

    /// <summary>The risk kind the escalation names (<c>RiskCategories</c>).</summary>
    public string? Category { get; set; }

    /// <summary>The help that fits (<see cref="CrisisKinds"/>).</summary>
    public string? Kind { get; set; }

    /// <summary>The message with the words of danger that opened the episode: the escalation quotes it, not the "yes" that confirmed it.</summary>
    public TriggerMessage? Trigger { get; set; }

    /// <summary>The episode's one escalation, when it has been raised.</summary>
    public string? EscalationId { get; set; }
}
