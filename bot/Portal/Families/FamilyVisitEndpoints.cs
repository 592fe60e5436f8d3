using PuenteBot.Families;
using PuenteBot.Portal.Pages;
using PuenteBot.Visits.Appointments;

namespace PuenteBot.Portal.Families;

/// <summary>
/// The forms of a family's Visits section (<c>VisitsPanel</c>): add a visit (the date and time read in
/// <c>Clinic:TimeZone</c>), cancel one, mark whether the family came, and record their answer to reminders. Each
/// posts back to the family's page with a notice; every change is audited (<see cref="AppointmentService"/>).
/// </summary>
public static class FamilyVisitEndpoints
{
    private const string Source = "portal";

    /// <summary>Where a visit's forms post (<c>/cancel</c>, <c>/attendance</c> after it).</summary>
    public static string PathOf(AppointmentRecord visit) => $"{FamilyEndpoints.PathOf(visit.FamilyId)}/visits/{Uri.EscapeDataString(visit.Id)}";

    public static RouteGroupBuilder MapFamilyVisits(this RouteGroupBuilder portal)
    {
        portal.MapPost("/families/{id}/visits", BookAsync);
        portal.MapPost("/families/{id}/visits/{visitId}/cancel", CancelAsync);
        portal.MapPost("/families/{id}/visits/{visitId}/attendance", MarkAsync);
        portal.MapPost("/families/{id}/reminders", RemindersAsync);
        return portal;
    }

    private static async Task<IResult> BookAsync(HttpContext http, string id, AppointmentService service)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var view = PortalView.For(http);
        var request = new AppointmentRequest(id, AppointmentRequest.ClinicTime(form["date"], form["time"], view.Text.Zone), form["clinician"], form["kind"]);
        if (request.ProblemCodes().Count > 0)
        {
            return Back(id, "visit-problem");
        }

        var booked = await service.BookAsync(request, Actor(view), Source, http.RequestAborted);
        return booked.Result == AppointmentResult.UnknownFamily ? NotFound(view) : Back(id, "visit-added");
    }

    private static Task<IResult> CancelAsync(HttpContext http, string id, string visitId, IAppointmentStore appointments, AppointmentService service) =>
        ChangeAsync(http, id, visitId, appointments, (actor, token) => service.CancelAsync(visitId, actor, Source, token), "visit-cancelled");

    private static async Task<IResult> MarkAsync(HttpContext http, string id, string visitId, IAppointmentStore appointments, AppointmentService service)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (form["attended"].ToString() is not ("yes" or "no"))
        {
            return Back(id, "visit-unchanged");
        }

        var attended = form["attended"] == "yes";
        return await ChangeAsync(http, id, visitId, appointments, (actor, token) => service.MarkAsync(visitId, attended, actor, Source, token), "visit-marked");
    }

    private static async Task<IResult> RemindersAsync(HttpContext http, string id, AppointmentService service)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        bool? reminders = form["reminders"].ToString() switch { "on" => true, "off" => false, _ => null };
        var view = PortalView.For(http);
        if (reminders is null)
        {
            return Back(id, "visit-unchanged");
        }

        return await service.SetRemindersAsync(id, reminders, Actor(view), Source, http.RequestAborted) ? Back(id, "reminders-saved") : NotFound(view);
    }

    /// <summary>A change to one of this family's visits (a visit of another family is not found here).</summary>
    private static async Task<IResult> ChangeAsync(
        HttpContext http, string id, string visitId, IAppointmentStore appointments, Func<string, CancellationToken, Task<AppointmentChange>> change, string notice)
    {
        var view = PortalView.For(http);
        if (await appointments.GetAsync(visitId, http.RequestAborted) is not { } visit || visit.FamilyId != id)
        {
            return NotFound(view);
        }

        return Back(id, (await change(Actor(view), http.RequestAborted)).Result == AppointmentResult.Done ? notice : "visit-unchanged");
    }

    private static string Actor(PortalView view) => view.Clinician?.User ?? "unknown";

    private static IResult Back(string id, string notice) => Results.Redirect($"{FamilyEndpoints.PathOf(id)}?notice={notice}#visits");

    private static IResult NotFound(PortalView view) =>
        PortalPages.Render<Components.PortalMessagePage>(new { View = view, Title = view["Portal.Family.NotFound"] }, StatusCodes.Status404NotFound);
}
