using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PuenteBot.Audit;
using PuenteBot.Content.Resources;
using PuenteBot.Escalations.Cases;
using PuenteBot.Escalations.Delivery;
using PuenteBot.Escalations.Summaries;
using PuenteBot.Portal.Handoff;
using PuenteBot.State;

namespace PuenteBot.Escalations.Api;

/// <summary>
/// <c>GET /api/escalations/{id}</c>: the SBAR summary (in <c>Clinicians:Language</c>, with the caregiver's name and
/// number: the API is for holders of a clinician key) and the whole transcript; 404 for an unknown id.
/// </summary>
public static class GetEscalationEndpoint
{
    public static async Task<Results<Ok<EscalationDetail>, NotFound>> HandleAsync(
        string id, HttpContext http, IEscalationStore store, IConversationStore conversations, EscalationSummaries summaries, EscalationOutbox outbox, CaseService cases, IOptions<ClinicianOptions> clinicians, IStringLocalizer<Strings> strings, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } record)
        {
            return TypedResults.NotFound();
        }

        await cases.AuditAsync(ClinicianKeyFilter.Actor(http), AuditActions.View, record.Id, "api", cancellationToken);
        var log = await conversations.ReadLogAsync(record.ConversationId, cancellationToken);
        var summary = await summaries.BuildAsync(record, clinicians.Value.Language, includeContact: true, cancellationToken);
        await cases.AuditAsync(ClinicianKeyFilter.Actor(http), AuditActions.ContactView, record.Id, "api", cancellationToken);
        var transcript = log.Select(entry => TranscriptEntry.Of(entry, ClinicianMessages.AuthorOf(entry, strings))).ToList();
        var deliveries = await outbox.DeliveriesAsync(record.Id, cancellationToken);
        return TypedResults.Ok(new EscalationDetail(
            EscalationItem.From(record, summary.Title), summary, summary.ToText(), summary.ToHtml(), record.Summary, transcript, deliveries, DeliveryOutcome.From(deliveries)));
    }
}
