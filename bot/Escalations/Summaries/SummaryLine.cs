namespace PuenteBot.Escalations.Summaries;

/// <summary>
/// One line of a summary section: an optional label in the clinician's language and a value. When
/// <see cref="QuotedLanguage"/> is set the value is the family's (or the bot's) own words in that language, shown quoted.
/// </summary>
public sealed record SummaryLine(string? Label, string Text, string? QuotedLanguage = null)
{
    public bool IsQuote => QuotedLanguage is not null;

    /// <summary>What the value means, in the clinician's language, shown after it ("Not safe" after a safety answer's words).</summary>
    public string? Note { get; init; }

    /// <summary>
    /// A machine translation of a quote in the reader's language, stored with the escalation (<see cref="EscalationGists"/>),
    /// shown beneath the family's own words and marked as automatic; null when the quote is in the reader's language or
    /// none was made.
    /// </summary>
    public string? Gist { get; init; }
}
