using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PuenteBot.Audit;
using PuenteBot.Escalations;
using PuenteBot.Escalations.Cases;
using PuenteBot.Escalations.Delivery;
using PuenteBot.Escalations.Summaries;
using PuenteBot.Families;
using PuenteBot.Portal.Cases;
using PuenteBot.Portal.Components;
using PuenteBot.Portal.Handoff;
using PuenteBot.Portal.Pages;
using PuenteBot.Portal.SignIn;
using PuenteBot.Proactive;
using PuenteBot.State;
using PuenteBot.Visits.Outreach;
using EscalationPage = PuenteBot.Portal.Components.EscalationPage;

namespace PuenteBot.Portal.Escalations;

/// <summary>
/// <c>/portal/escalations/{id}</c>: the escalation page (each view audited), its transcript fragment (polled), and the
/// forms: acknowledge, join the conversation, take it over from a colleague, reply to the family, hand back to
/// PuenteBot, and the case's (<see cref="CaseEndpoints"/>: claim, assign, note, close, a follow-up message). Each form posts back and returns to the page.
/// </summary>
public static class EscalationEndpoints
{
    public static string PathOf(string id) => $"/portal/escalations/{Uri.EscapeDataString(id)}";

    public static RouteGroupBuilder MapEscalationPages(this RouteGroupBuilder portal)
    {
        var escalation = portal.MapGroup("/escalations/{id}");
        escalation.MapGet("", ShowAsync);
        escalation.MapGet("/transcript", TranscriptAsync);
        escalation.MapPost("/ack", (HttpContext http, string id, IEscalationStore store, CaseService cases) =>
            ActAsync(http, id, store, async (record, clinician, ct) =>
            {
                var acknowledged = record.AcknowledgedBy is null && await store.AcknowledgeAsync(record.Id, clinician.User, ct);
                if (acknowledged)
                {
                    await cases.AuditAsync(clinician.User, AuditActions.Acknowledge, record.Id, null, ct);
                }

                return acknowledged ? "Acknowledged" : "Unchanged";
            }));
        escalation.MapPost("/join", (HttpContext http, string id, IEscalationStore store, CaseHandoff handoff) =>
            ActAsync(http, id, store, async (record, clinician, ct) => Notice(await handoff.JoinAsync(record, clinician, ct))));
        escalation.MapPost("/takeover", (HttpContext http, string id, IEscalationStore store, CaseHandoff handoff) =>
            ActAsync(http, id, store, async (record, clinician, ct) => Notice(await handoff.TakeOverAsync(record, clinician, ct))));
        escalation.MapPost("/reply", (HttpContext http, string id, [FromForm] string? text, IEscalationStore store, CaseHandoff handoff) =>
            ActAsync(http, id, store, async (record, clinician, ct) => Notice(await handoff.ReplyAsync(record, clinician, text, ct))));
        escalation.MapPost("/handback", (HttpContext http, string id, IEscalationStore store, CaseHandoff handoff) =>
            ActAsync(http, id, store, async (record, clinician, ct) => Notice(await handoff.HandBackAsync(record, clinician, ct))));
        escalation.MapCaseForms();
        return portal;
    }

    private static async Task<IResult> ShowAsync(
        HttpContext http,
        string id,
        string? notice,
        IEscalationStore store,
        EscalationOutbox outbox,
        IConversationStore conversations,
        EscalationSummaries summaries,
        ProactiveSender sender,
        ICaseStore cases,
        CaseService service,
        IFamilyStore families,
        IOutreachStore outreach,
        IOptions<PortalOptions> portal)
    {
        var view = PortalView.For(http);
        if (await store.GetAsync(id, http.RequestAborted) is not { } record)
        {
            return NotFound(view);
        }

        var log = await conversations.ReadLogAsync(record.ConversationId, http.RequestAborted);
        var conversation = (await conversations.LoadAsync(record.ConversationId, http.RequestAborted)).Data;
        var deliveries = await outbox.DeliveriesAsync(record.Id, http.RequestAborted);
        var panel = new CasePanel.Model(
            await cases.GetAsync(record.Id, http.RequestAborted),
            await cases.NotesAsync(record.Id, http.RequestAborted),
            [.. portal.Value.Accounts.Select(a => a.User)]);
        var actor = view.Clinician?.User ?? "unknown";
        await service.AuditAsync(actor, AuditActions.View, record.Id, null, http.RequestAborted, conversation.FamilyId);
        var summary = await summaries.BuildAsync(record, view.Language, includeContact: true, http.RequestAborted);
        if (summary.IncludesContact)
        {
            await service.AuditAsync(actor, AuditActions.ContactView, record.Id, "portal", http.RequestAborted, conversation.FamilyId);
        }

        var familyId = conversation.FamilyId ?? (await families.ForConversationAsync(record.ConversationId, http.RequestAborted))?.Id;
        var followUps = familyId is null ? [] : await outreach.FollowUpsAsync(record.Id, http.RequestAborted);
        var model = new EscalationPage.Model(record, summary, deliveries, log, conversation, sender.CanReach(record.ConversationId, conversation), notice, panel, familyId, followUps);
        return PortalPages.Render<EscalationPage>(new { View = view, Page = model });
    }

    private static async Task<IResult> TranscriptAsync(HttpContext http, string id, IEscalationStore store, IConversationStore conversations)
    {
        var view = PortalView.For(http);
        if (await store.GetAsync(id, http.RequestAborted) is not { } record)
        {
            return NotFound(view);
        }

        var log = await conversations.ReadLogAsync(record.ConversationId, http.RequestAborted);
        var language = (await conversations.LoadAsync(record.ConversationId, http.RequestAborted)).Data.Language;
        return PortalPages.Render<TranscriptView>(new { View = view, Log = log, FamilyLanguage = language });
    }

    /// <summary>Runs a form's action on a known escalation as the signed-in clinician, then back to the page with a notice.</summary>
    internal static async Task<IResult> ActAsync(HttpContext http, string id, IEscalationStore store, Func<EscalationRecord, PortalClinician, CancellationToken, Task<string>> action)
    {
        if (await store.GetAsync(id, http.RequestAborted) is not { } record)
        {
            return NotFound(PortalView.For(http));
        }

        var language = http.RequestServices.GetRequiredService<IOptions<ClinicianOptions>>().Value.Language;
        var notice = await action(record, PortalClinician.From(http.User, language), http.RequestAborted);
        PortalLog.Acted(PortalLog.For(http), record.Id, http.Request.Path.Value?.Split('/')[^1] ?? string.Empty, notice);
        return Results.Redirect($"{PathOf(id)}?notice={notice}");
    }

    private static string Notice(HandoffResult result) => result.ToString();

    private static IResult NotFound(PortalView view) =>
        PortalPages.Render<NotFoundPage>(new { View = view }, StatusCodes.Status404NotFound);
}
