using System.Text;
using PuenteBot.Portal.Audit;
using PuenteBot.Reports.Outcomes;

namespace PuenteBot.Portal.Outcomes;

/// <summary>The outcomes page as CSV: one line per figure, a column per segment, the cells as the page prints them (small cells suppressed), empty where there was nothing to compute.</summary>
internal static class OutcomesCsv
{
    public static readonly string Header = "from,to,section,figure," + string.Join(',', OutcomeSegments.Names);

    public static string Write(OutcomesTable table)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var section in table.Sections)
        {
            foreach (var figure in section.Figures)
            {
                string[] cells = [Reports.ReportDays.Text(table.From), Reports.ReportDays.Text(table.To), section.Name, figure.Name, .. figure.Cells.Select(c => c.Text == OutcomeCell.Nothing ? string.Empty : c.Text)];
                csv.AppendJoin(',', cells.Select(AuditCsv.Cell)).Append("\r\n");
            }
        }

        return csv.ToString();
    }
}
