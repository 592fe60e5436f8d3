namespace PuenteBot.Escalations.Summaries;

/// <summary>
/// One line of a summary section: an optional label in the clinician's language and a value. When
/// <see cref="QuotedLanguage"/> is set the value is the family's (or the bot's) own words in that language, shown quoted.
/// </summary>
public sealed record SummaryLine(string? Label, string Text, string? QuotedLanguage = null)
{
    public bool IsQuote => QuotedLanguage is not null;
}
