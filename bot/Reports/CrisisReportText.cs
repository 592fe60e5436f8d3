using System.Globalization;

namespace PuenteBot.Reports;

/// <summary>The crisis report as the terminal prints it: a fixed-width table, then the total line.</summary>
public static class CrisisReportText
{
    private static readonly string[] Headings = ["kind", "language", "channel", "referrals", "acknowledged", "median to ack", "longest to ack"];

    public static string Render(CrisisReportTable table)
    {
        var lines = new List<string[]> { Headings };
        lines.AddRange(table.Rows.Select(Cells));
        lines.Add(Cells(table.Total));
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Crisis referrals {table.From:yyyy-MM-dd} to {table.To:yyyy-MM-dd} (UTC days; counts only, no identifiers)\n");
        TextTable.Append(text, lines, 3);
        return text.ToString();
    }

    /// <summary>A duration as people read it: seconds, minutes, hours; a dash when nothing was acknowledged.</summary>
    public static string Duration(TimeSpan? value) => value switch
    {
        null => "-",
        { TotalMinutes: < 1 } d => $"{d.TotalSeconds:0} s",
        { TotalHours: < 1 } d => $"{d.TotalMinutes:0.#} min",
        var d => $"{d.Value.TotalHours:0.#} h",
    };

    private static string[] Cells(CrisisReportRow row) =>
    [
        row.Kind, row.Language, row.Channel,
        row.Referrals.ToString(CultureInfo.InvariantCulture), row.Acknowledged.ToString(CultureInfo.InvariantCulture),
        Duration(row.MedianToAcknowledge), Duration(row.LongestToAcknowledge),
    ];
}
