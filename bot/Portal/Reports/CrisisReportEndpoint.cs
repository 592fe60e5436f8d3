using PuenteBot.Portal.Components;
using PuenteBot.Portal.Pages;
using PuenteBot.Reports;

namespace PuenteBot.Portal.Reports;

/// <summary><c>GET /portal/reports/crisis?from=YYYY-MM-DD&amp;to=YYYY-MM-DD</c>: the crisis report (the last 30 days when no dates are given).</summary>
public static class CrisisReportEndpoint
{
    public const string Path = "/portal/reports/crisis";

    public static RouteGroupBuilder MapCrisisReport(this RouteGroupBuilder portal)
    {
        portal.MapGet("/reports/crisis", async (HttpContext http, string? from, string? to, CrisisReport report, TimeProvider clock) =>
        {
            var (start, end) = ReportDays.Read(from, to, clock);
            return PortalPages.Render<CrisisReportPage>(new { View = PortalView.For(http), Table = await report.BuildAsync(start, end, http.RequestAborted) });
        });
        return portal;
    }
}
