using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using PuenteBot.Audit;
using PuenteBot.Escalations.Cases;
using PuenteBot.Escalations.Summaries;

namespace PuenteBot.Escalations.Api;

/// <summary>
/// <c>POST /api/escalations/{id}/ack</c>: marks it acknowledged (idempotent: the first acknowledgement stays) and
/// returns it; 404 for an unknown id. The optional JSON body <c>{"by": "…"}</c> names who acknowledged.
/// </summary>
public static class AcknowledgeEscalationEndpoint
{
    public static async Task<Results<Ok<EscalationItem>, NotFound, ValidationProblem>> HandleAsync(
        string id, AcknowledgeRequest? request, HttpContext http, IEscalationStore store, EscalationSummaries summaries, CaseService cases, CancellationToken cancellationToken)
    {
        var by = request?.By?.Trim();
        if (by is { Length: > AcknowledgeRequest.MaxLength })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["by"] = [$"At most {AcknowledgeRequest.MaxLength} characters."] });
        }

        if (string.IsNullOrEmpty(by))
        {
            by = string.Create(CultureInfo.InvariantCulture, $"api key {http.Items[ClinicianKeyFilter.KeyNumberItem]}");
        }

        if (!await store.AcknowledgeAsync(id, by, cancellationToken) || await store.GetAsync(id, cancellationToken) is not { } record)
        {
            return TypedResults.NotFound();
        }

        await cases.AuditAsync(ClinicianKeyFilter.Actor(http), AuditActions.Acknowledge, record.Id, "api", cancellationToken);
        return TypedResults.Ok(EscalationItem.From(record, summaries.Title(record)));
    }
}
