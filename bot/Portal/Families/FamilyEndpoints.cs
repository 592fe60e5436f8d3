using Microsoft.Extensions.Options;
using PuenteBot.Audit;
using PuenteBot.Escalations.Cases;
using PuenteBot.Families;
using PuenteBot.Families.Api;
using PuenteBot.Hosting;
using PuenteBot.Portal.Components;
using PuenteBot.Portal.Pages;
using PuenteBot.Privacy;
using PuenteBot.Visits.Appointments;

namespace PuenteBot.Portal.Families;

/// <summary>
/// <c>/portal/families</c>: search the enrolled families by record number or name, enrol one (the form posts back
/// here; enrolment sends an SMS family their first message), and a family's page with how to reach them and their
/// web-chat invitation, their visits and answer to reminders (<see cref="FamilyVisitEndpoints"/>, docs/visits.md), and
/// the family's data to export or delete at their request (docs/privacy.md). Enrolments,
/// every view of a family's contact details, exports and deletions are audited.
/// </summary>
public static class FamilyEndpoints
{
    public const string ListPath = "/portal/families";

    public const string NewPath = "/portal/families/new";

    /// <summary>How many families the page lists (the latest enrolled, or the matches).</summary>
    public const int Shown = 50;

    /// <summary>How many of a family's visits their page lists (the latest starts).</summary>
    public const int ShownVisits = 100;

    public static string PathOf(string id) => $"{ListPath}/{Uri.EscapeDataString(id)}";

    public static RouteGroupBuilder MapFamilyPages(this RouteGroupBuilder portal)
    {
        portal.MapGet("/families", ListAsync);
        portal.MapGet("/families/new", (HttpContext http, IOptions<PortalOptions> options) => Form(http, options.Value, null, new Dictionary<string, string>()));
        portal.MapPost("/families", EnrolAsync);
        portal.MapGet("/families/{id}", ShowAsync);
        portal.MapGet("/families/{id}/export", ExportAsync);
        portal.MapPost("/families/{id}/delete", DeleteAsync);
        return portal;
    }

    private static async Task<IResult> ListAsync(HttpContext http, string? q, IFamilyStore families)
    {
        var query = q?.Trim() is { Length: > 0 } text ? text[..Math.Min(text.Length, EnrolmentRequest.MaxLength)] : null;
        var found = query is null ? await families.RecentAsync(Shown, http.RequestAborted) : await families.SearchAsync(query, Shown, http.RequestAborted);
        return PortalPages.Render<FamiliesPage>(new { View = PortalView.For(http), Query = query, Families = found });
    }

    private static async Task<IResult> EnrolAsync(HttpContext http, FamilyEnrolment enrolment, CaseService audit, IOptions<PortalOptions> options)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var request = new EnrolmentRequest(form["mrn"], form["childFirstName"], form["caregiverName"], form["phone"], form["language"], form["channel"], form["clinician"])
        {
            Reminders = form["reminders"] == "yes" ? true : null,
        };
        if (request.ProblemCodes() is { Count: > 0 } problems)
        {
            return Form(http, options.Value, request, problems, StatusCodes.Status400BadRequest);
        }

        var enrolled = await enrolment.EnrolAsync(request, http.RequestAborted);
        await audit.AuditAsync(Actor(http), AuditActions.Enrol, null, "portal", http.RequestAborted, enrolled.Family.Id);
        var notice = enrolled.Family.Channel != EnrolmentRequest.Sms ? "enrolled" : enrolled.FirstSmsQueued ? "sms-queued" : "sms-not-sent";
        return Results.Redirect($"{PathOf(enrolled.Family.Id)}?notice={notice}");
    }

    private static async Task<IResult> ShowAsync(
        HttpContext http, string id, string? notice, IFamilyStore families, FamilyInvites invites, CaseService audit, IOptions<HostingOptions> hosting, IOptions<FamilyOptions> options, IAppointmentStore appointments, TimeProvider clock)
    {
        var view = PortalView.For(http);
        if (await families.GetAsync(id, http.RequestAborted) is not { } family)
        {
            return PortalPages.Render<PortalMessagePage>(new { View = view, Title = view["Portal.Family.NotFound"] }, StatusCodes.Status404NotFound);
        }

        await audit.AuditAsync(Actor(http), AuditActions.ContactView, null, "portal", http.RequestAborted, family.Id);
        var invite = $"/?lang={family.Language}&invite={Uri.EscapeDataString(await invites.IssueAsync(family.Id, http.RequestAborted))}";
        var conversations = await families.ConversationsAsync(id, http.RequestAborted);
        return PortalPages.Render<FamilyPage>(new
        {
            View = view,
            Family = family,
            InviteUrl = FamiliesApi.InviteUrl(http.Request, hosting, invite),
            InviteUntil = clock.GetUtcNow() + options.Value.InviteLifetime,
            Conversations = conversations.Count,
            Visits = await appointments.ForFamilyAsync(id, ShownVisits, http.RequestAborted),
            Now = clock.GetUtcNow(),
            Notice = notice switch
            {
                "enrolled" => view["Portal.Family.Enrolled"],
                "sms-queued" => view["Portal.Family.FirstSmsQueued"],
                "sms-not-sent" => view["Portal.Family.FirstSmsNotSent"],
                "deleted" => view["Portal.Family.Deleted"],
                "delete-unconfirmed" => view["Portal.Family.DeleteUnconfirmed"],
                "visit-added" => view["Portal.Visits.Added"],
                "visit-cancelled" => view["Portal.Visits.Cancelled"],
                "visit-marked" => view["Portal.Visits.Marked"],
                "visit-problem" => view["Portal.Visits.Problem"],
                "visit-unchanged" => view["Portal.Visits.Unchanged"],
                "reminders-saved" => view["Portal.Family.Reminders.Saved"],
                _ => null,
            },
        });
    }

    /// <summary>The family's data as a JSON download, or (<c>?format=html</c>) a readable page; audited.</summary>
    private static async Task<IResult> ExportAsync(HttpContext http, string id, string? format, FamilyDataExport export, CaseService audit)
    {
        var view = PortalView.For(http);
        if (await export.ExportAsync(id, http.RequestAborted) is not { } data)
        {
            return PortalPages.Render<PortalMessagePage>(new { View = view, Title = view["Portal.Family.NotFound"] }, StatusCodes.Status404NotFound);
        }

        var html = string.Equals(format, "html", StringComparison.OrdinalIgnoreCase);
        await audit.AuditAsync(Actor(http), AuditActions.ExportFamily, null, html ? "html" : "json", http.RequestAborted, id);
        http.Response.Headers.CacheControl = "no-store";
        if (html)
        {
            return PortalPages.Render<FamilyExportPage>(new { View = view, Export = data, Title = view["Portal.Family.Export.Title", id] });
        }

        http.Response.Headers.ContentDisposition = $"attachment; filename=\"puentebot-{id}.json\"";
        return Results.Content(data.ToJsonString(ExportJson.Options), "application/json; charset=utf-8");
    }

    /// <summary>
    /// Deletes what the family told PuenteBot in every linked conversation (the same deletion as theirs in the chat,
    /// <see cref="FamilyDataEraser"/>) and their visits with the messages planned or sent about them, once the confirm box
    /// is ticked; the enrolment stays. Audited with the counts.
    /// </summary>
    private static async Task<IResult> DeleteAsync(HttpContext http, string id, IFamilyStore families, FamilyDataEraser eraser, CaseService audit)
    {
        var view = PortalView.For(http);
        if (await families.GetAsync(id, http.RequestAborted) is null)
        {
            return PortalPages.Render<PortalMessagePage>(new { View = view, Title = view["Portal.Family.NotFound"] }, StatusCodes.Status404NotFound);
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (form["confirm"] != "yes")
        {
            return Results.Redirect($"{PathOf(id)}?notice=delete-unconfirmed");
        }

        var conversations = await families.ConversationsAsync(id, http.RequestAborted);
        var erased = new List<ErasedData>();
        foreach (var conversationId in conversations)
        {
            erased.Add(await eraser.EraseAsync(conversationId, EscalationRedaction.ByStaff, CancellationToken.None));
        }

        erased.Add(await eraser.EraseVisitsAsync(id, EscalationRedaction.ByStaff, CancellationToken.None));
        var detail = $"conversations={conversations.Count} log={erased.Sum(e => e.LogRows)} escalations={erased.Sum(e => e.EscalationsRedacted)} visits={erased.Sum(e => e.Appointments)} outreach={erased.Sum(e => e.Outreach)}";
        await audit.AuditAsync(Actor(http), AuditActions.DeleteFamily, null, detail, CancellationToken.None, id);
        return Results.Redirect($"{PathOf(id)}?notice=deleted");
    }

    private static string Actor(HttpContext http) => PortalView.For(http).Clinician?.User ?? "unknown";

    private static IResult Form(HttpContext http, PortalOptions options, EnrolmentRequest? values, IReadOnlyDictionary<string, string> problems, int status = StatusCodes.Status200OK) =>
        PortalPages.Render<EnrolPage>(
            new
            {
                View = PortalView.For(http),
                Values = values ?? new EnrolmentRequest(null, null, null, null, null, null, null),
                Problems = problems,
                Clinicians = options.Accounts.Select(a => a.Name.Length > 0 ? a.Name : a.User).Distinct().ToList(),
            },
            status);
}
