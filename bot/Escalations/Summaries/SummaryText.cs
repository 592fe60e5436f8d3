using System.Text;

namespace PuenteBot.Escalations.Summaries;

/// <summary>
/// The summary as plain text (the email's text part, the API's <c>text</c>): a title, then each section's heading
/// and its lines, then the portal link. No markup of any kind is made, so nothing the family wrote can become a link
/// or formatting; quotes in another language than the reader's are marked with it ("[es]"), and their machine
/// translation, when one was made, follows on its own line under its mark ("Gist (automatic): …").
/// </summary>
internal static class SummaryText
{
    public static string Render(EscalationSummary summary)
    {
        var text = new StringBuilder().AppendLine(summary.Title);
        foreach (var section in summary.Sections)
        {
            text.AppendLine().AppendLine(section.Heading.ToUpperInvariant());
            foreach (var line in section.Lines)
            {
                text.Append("- ").AppendLine(OneLine(Line(line, summary.Language)));
                if (Gist(line, summary) is { } gist)
                {
                    text.Append("  ").AppendLine(OneLine(gist));
                }
            }
        }

        if (summary.Link is { } link)
        {
            text.AppendLine().Append(summary.LinkLabel).Append(": ").AppendLine(link);
        }

        return text.ToString();
    }

    public static string Line(SummaryLine line, string readerLanguage) =>
        line.Label is null ? Value(line, readerLanguage) : $"{line.Label}: {Value(line, readerLanguage)}";

    /// <summary>The value, in quotation marks when it is someone's own words (with their language when not the reader's), then its note.</summary>
    public static string Value(SummaryLine line, string readerLanguage)
    {
        var value = !line.IsQuote ? line.Text
            : line.QuotedLanguage == readerLanguage ? $"“{line.Text}”"
            : $"“{line.Text}” [{line.QuotedLanguage}]";
        return line.Note is null ? value : $"{value} — {line.Note}";
    }

    /// <summary>The line's machine translation with its mark ("Gist (automatic): …"), or null when it has none.</summary>
    public static string? Gist(SummaryLine line, EscalationSummary summary) =>
        line.Gist is { } gist ? $"{summary.GistLabel}: {gist}" : null;

    /// <summary>A family message's line breaks become spaces: one summary line stays one line.</summary>
    private static string OneLine(string value) => value.ReplaceLineEndings(" ");
}
