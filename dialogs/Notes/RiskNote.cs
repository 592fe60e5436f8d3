namespace PuenteBot.Dialogs.Notes;

/// <summary>A message the risk check found danger in.</summary>
public sealed class RiskNote
{
    public DateTimeOffset At { get; set; }

    /// <summary>possible or urgent.</summary>
    public string Level { get; set; } = string.Empty;

    public string? Category { get; set; }

    /// <summary>Which layer found it (<c>RiskSources</c>: lexicon, model, both, conversation, or llm for the language model's second opinion).</summary>
    public string? Source { get; set; }

    /// <summary>The message, as written.</summary>
    public string? Quote { get; set; }

    public List<string> Evidence { get; set; } = [];

    /// <summary>When the words were ambiguous and the family answered the direct safety question that no one is in danger.</summary>
    public DateTimeOffset? AnsweredSafeAt { get; set; }
}
