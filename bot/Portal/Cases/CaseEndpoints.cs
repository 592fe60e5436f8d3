using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PuenteBot.Escalations;
using PuenteBot.Escalations.Cases;
using PuenteBot.Portal.Components;
using PuenteBot.Portal.Escalations;
using PuenteBot.Portal.Pages;

namespace PuenteBot.Portal.Cases;

/// <summary>
/// The case forms under <c>/portal/escalations/{id}</c>: claim, assign (to a portal account), note, and close with a
/// disposition and an optional note, and a follow-up message to the family (<see cref="CaseFollowUps"/>; refused with
/// 409 while a live handoff is on). Each answers the page with a notice: Claimed, Assigned, Noted, Closed, or Refused
/// when the case's state does not allow the step.
/// </summary>
public static class CaseEndpoints
{
    public static RouteGroupBuilder MapCaseForms(this RouteGroupBuilder escalation)
    {
        escalation.MapPost("/claim", (HttpContext http, string id, IEscalationStore store, CaseService cases) =>
            EscalationEndpoints.ActAsync(http, id, store, async (record, clinician, ct) => Outcome(await cases.ClaimAsync(record.Id, clinician.User, ct), "Claimed")));
        escalation.MapPost("/assign", (HttpContext http, string id, [FromForm] string? assignee, IEscalationStore store, CaseService cases, IOptions<PortalOptions> portal) =>
            EscalationEndpoints.ActAsync(http, id, store, async (record, clinician, ct) =>
                portal.Value.Accounts.FirstOrDefault(a => string.Equals(a.User, assignee, StringComparison.OrdinalIgnoreCase)) is { } account
                    ? Outcome(await cases.AssignAsync(record.Id, clinician.User, account.User, ct), "Assigned")
                    : "Refused"));
        escalation.MapPost("/note", (HttpContext http, string id, [FromForm] string? text, IEscalationStore store, CaseService cases) =>
            EscalationEndpoints.ActAsync(http, id, store, async (record, clinician, ct) => Outcome(await cases.NoteAsync(record.Id, clinician.User, text, ct), "Noted")));
        escalation.MapPost("/close", (HttpContext http, string id, [FromForm] string? disposition, [FromForm] string? note, IEscalationStore store, CaseService cases) =>
            EscalationEndpoints.ActAsync(http, id, store, async (record, clinician, ct) => Outcome(await cases.CloseAsync(record.Id, clinician.User, disposition, note, ct), "Closed")));
        escalation.MapPost("/followup", async (HttpContext http, string id, [FromForm] string? text, IEscalationStore store, CaseFollowUps followUps) =>
            await store.GetAsync(id, http.RequestAborted) is { } record && await followUps.InHandoffAsync(record, http.RequestAborted)
                ? InHandoff(PortalView.For(http))
                : await EscalationEndpoints.ActAsync(http, id, store, (record, clinician, ct) => followUps.QueueAsync(record, clinician, text, ct)));
        return escalation;
    }

    private static IResult InHandoff(PortalView view) =>
        PortalPages.Render<PortalMessagePage>(new { View = view, Title = view["Portal.FollowUp.Title"], Text = view["Portal.FollowUp.InHandoff"] }, StatusCodes.Status409Conflict);

    private static string Outcome(bool done, string notice) => done ? notice : "Refused";
}
