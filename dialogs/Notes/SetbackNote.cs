namespace PuenteBot.Dialogs.Notes;

/// <summary>A time things got worse: what happened and what helped before, in the caregiver's words.</summary>
public sealed class SetbackNote
{
    public string? Words { get; set; }

    /// <summary>True when the words name a serious event: a hospital stay, the ER, the police, a past attempt, running away.</summary>
    public bool Serious { get; set; }

    public string? HelpedBefore { get; set; }

    /// <summary>True when the caregiver asked that the clinician be told.</summary>
    public bool ShareWithClinician { get; set; }

    public DateTimeOffset? At { get; set; }
}
