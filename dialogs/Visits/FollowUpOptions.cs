namespace PuenteBot.Dialogs.Visits;

/// <summary>How a clinician's follow-up (<see cref="FollowUpDialog"/>) starts: who wrote it, their words, and the case it came from.</summary>
public sealed class FollowUpOptions
{
    /// <summary>The <c>outreach</c> row this message is.</summary>
    public long OutreachId { get; set; }

    /// <summary>The escalation (case) the clinician wrote from, or null.</summary>
    public string? EscalationId { get; set; }

    /// <summary>The clinician's name as the portal shows it.</summary>
    public string ClinicianName { get; set; } = string.Empty;

    /// <summary>The clinician's words, sent as written.</summary>
    public string Text { get; set; } = string.Empty;
}
