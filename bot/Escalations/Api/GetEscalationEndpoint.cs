using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using PuenteBot.Audit;
using PuenteBot.Content.Resources;
using PuenteBot.Escalations.Cases;
using PuenteBot.Escalations.Delivery;
using PuenteBot.Escalations.Summaries;
using PuenteBot.Portal.Handoff;
using PuenteBot.State;

namespace PuenteBot.Escalations.Api;

/// <summary><c>GET /api/escalations/{id}</c>: the summary and the whole transcript; 404 for an unknown id.</summary>
public static class GetEscalationEndpoint
{
    public static async Task<Results<Ok<EscalationDetail>, NotFound>> HandleAsync(
        string id, HttpContext http, IEscalationStore store, IConversationStore conversations, EscalationSummaries summaries, EscalationOutbox outbox, CaseService cases, IStringLocalizer<Strings> strings, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } record)
        {
            return TypedResults.NotFound();
        }

        await cases.AuditAsync(ClinicianKeyFilter.Actor(http), AuditActions.View, record.Id, "api", cancellationToken);
        var log = await conversations.ReadLogAsync(record.ConversationId, cancellationToken);
        var summary = summaries.Build(record, log);
        var transcript = log.Select(entry => TranscriptEntry.Of(entry, ClinicianMessages.AuthorOf(entry, strings))).ToList();
        var deliveries = await outbox.DeliveriesAsync(record.Id, cancellationToken);
        return TypedResults.Ok(new EscalationDetail(
            EscalationItem.From(record, summary.Title), summary, summary.ToText(), summary.ToHtml(), record.Summary, transcript, deliveries, DeliveryOutcome.From(deliveries)));
    }
}
