using System.Globalization;
using System.Text;

namespace PuenteBot.Reports.Outcomes;

/// <summary>The outcomes report as the terminal prints it (<c>report outcomes</c>): a line per figure, a column per segment, small cells suppressed as on the page.</summary>
public static class OutcomesText
{
    public static string Render(OutcomesTable table)
    {
        List<string[]> lines = [["section", "figure", .. OutcomeSegments.Names], .. table.Sections.SelectMany(s => s.Figures.Select(f => Cells(s, f)))];
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Outcomes {table.From:yyyy-MM-dd} to {table.To:yyyy-MM-dd} (UTC days; counts only, no identifiers; 1-4 shows as <5, a figure of fewer than 5 as n<5)\n");
        TextTable.Append(text, lines, 2);
        return text.ToString();
    }

    private static string[] Cells(OutcomeSection section, OutcomeFigure figure) => [section.Name, figure.Name, .. figure.Cells.Select(c => c.Text)];
}
