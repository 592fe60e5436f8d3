namespace PuenteBot.Dialogs.Notes;

/// <summary>
/// What a clinician needs to judge a crisis episode: the family's answers to the safety question, what PuenteBot
/// told them, and what they said they did. Filled by the crisis dialog; read by the SBAR summary's Assessment.
/// </summary>
public sealed class AssessmentNote
{
    public List<SafetyAnswerNote> SafetyAnswers { get; set; } = [];

    /// <summary>The help PuenteBot gave, by string key (e.g. <c>Crisis.Urgent.overdose</c>), in the order given, each once.</summary>
    public List<string> Told { get; set; } = [];

    /// <summary>What the family said they did or what happened (help arrived, 911 called, the person left and comes back at 6).</summary>
    public List<FamilyActionNote> Actions { get; set; } = [];
}

/// <summary>One answer to "is anyone in danger right now?" (or its rewordings).</summary>
public sealed class SafetyAnswerNote
{
    public DateTimeOffset At { get; set; }

    /// <summary>safe, not_safe or unknown ("no sé" counts as not safe for the bot, but is kept as unknown here).</summary>
    public string Meaning { get; set; } = string.Empty;

    /// <summary>The family's words, as written.</summary>
    public string? Quote { get; set; }
}

/// <summary>Something the family reported doing or happening during the episode.</summary>
public sealed class FamilyActionNote
{
    public DateTimeOffset At { get; set; }

    /// <summary>help_here, called_emergency, person_left, other.</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>The family's words, as written.</summary>
    public string? Quote { get; set; }
}
