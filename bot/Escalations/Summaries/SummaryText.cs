using System.Text;

namespace PuenteBot.Escalations.Summaries;

/// <summary>The summary as plain text: a title, then each section's heading and its lines.</summary>
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
                text.Append("- ").AppendLine(Line(line));
            }
        }

        return text.ToString();
    }

    public static string Line(SummaryLine line) => line.Label is null ? Value(line) : $"{line.Label}: {Value(line)}";

    /// <summary>The value, in quotation marks when it is someone's own words.</summary>
    public static string Value(SummaryLine line) => line.IsQuote ? $"“{line.Text}”" : line.Text;
}
