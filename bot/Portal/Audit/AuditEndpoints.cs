using System.Globalization;
using System.Text;
using PuenteBot.Audit;
using PuenteBot.Escalations.Cases;
using PuenteBot.Portal.Components;
using PuenteBot.Portal.Pages;
using PuenteBot.Portal.SignIn;

namespace PuenteBot.Portal.Audit;

/// <summary>
/// <c>GET /portal/audit</c>: the audit log, newest first, filtered by case, actor, action and dates (clinic days), a
/// page at a time; <c>GET /portal/audit.csv</c>: the same rows (all pages, up to <see cref="AuditQuery.MaxPageSize"/>)
/// as CSV, and the export itself is audited.
/// </summary>
public static class AuditEndpoints
{
    public const string Path = "/portal/audit";

    public static RouteGroupBuilder MapAudit(this RouteGroupBuilder portal)
    {
        portal.MapGet("/audit", async (HttpContext http, IAuditLog audit) =>
        {
            var view = PortalView.For(http);
            var query = AuditFilter.From(http.Request, view.Text.Zone);
            var results = await audit.QueryAsync(query, http.RequestAborted);
            return PortalPages.Render<AuditPage>(new { View = view, Query = query, Results = results, Export = "/portal/audit.csv" + http.Request.QueryString });
        });
        portal.MapGet("/audit.csv", async (HttpContext http, IAuditLog audit, CaseService cases) =>
        {
            var view = PortalView.For(http);
            var query = AuditFilter.From(http.Request, view.Text.Zone) with { Page = 1, PageSize = AuditQuery.MaxPageSize };
            var results = await audit.QueryAsync(query, http.RequestAborted);
            await cases.AuditAsync(view.Clinician?.User ?? "unknown", AuditActions.Export, query.EscalationId, $"audit:{results.Items.Count}", http.RequestAborted);
            return Results.File(Encoding.UTF8.GetBytes(AuditCsv.Write(results.Items)), "text/csv; charset=utf-8", "audit.csv");
        });
        return portal;
    }
}
