using System.Text;
using PuenteBot.Portal.Components;
using PuenteBot.Portal.Pages;
using PuenteBot.Portal.Reports;
using PuenteBot.Reports.Outcomes;

namespace PuenteBot.Portal.Outcomes;

/// <summary>
/// <c>GET /portal/outcomes?from=YYYY-MM-DD&amp;to=YYYY-MM-DD</c>: the outcomes page (the last 30 UTC days when no dates
/// are given); <c>GET /portal/outcomes.csv</c> with the same dates: its figures as CSV. Counts only, no identifiers,
/// so neither is audited (as the crisis report is not).
/// </summary>
public static class OutcomesEndpoints
{
    public const string Path = "/portal/outcomes";

    public const string CsvPath = "/portal/outcomes.csv";

    public static RouteGroupBuilder MapOutcomes(this RouteGroupBuilder portal)
    {
        portal.MapGet("/outcomes", async (HttpContext http, string? from, string? to, OutcomesReport report, TimeProvider clock) =>
        {
            var (start, end) = ReportDays.Read(from, to, clock);
            return PortalPages.Render<OutcomesPage>(new { View = PortalView.For(http), Table = await report.BuildAsync(start, end, http.RequestAborted) });
        });
        portal.MapGet("/outcomes.csv", async (HttpContext http, string? from, string? to, OutcomesReport report, TimeProvider clock) =>
        {
            var (start, end) = ReportDays.Read(from, to, clock);
            var table = await report.BuildAsync(start, end, http.RequestAborted);
            return Results.File(Encoding.UTF8.GetBytes(OutcomesCsv.Write(table)), "text/csv; charset=utf-8", $"outcomes-{ReportDays.Text(start)}-{ReportDays.Text(end)}.csv");
        });
        return portal;
    }

    /// <summary>The CSV of the days a page shows.</summary>
    public static string CsvFor(OutcomesTable table) => $"{CsvPath}?from={ReportDays.Text(table.From)}&to={ReportDays.Text(table.To)}";
}
