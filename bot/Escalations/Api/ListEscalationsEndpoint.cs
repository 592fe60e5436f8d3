using Microsoft.AspNetCore.Http.HttpResults;
using PuenteBot.Audit;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Escalations.Cases;
using PuenteBot.Escalations.Summaries;

namespace PuenteBot.Escalations.Api;

/// <summary><c>GET /api/escalations?state=&amp;urgency=&amp;page=&amp;pageSize=</c>: newest first, paged.</summary>
public static class ListEscalationsEndpoint
{
    private static readonly string[] Urgencies = [Urgency.Urgent, Urgency.Routine, Urgency.BarrierReport];

    public static async Task<Results<Ok<EscalationList>, ValidationProblem>> HandleAsync(
        HttpContext http, IEscalationStore store, EscalationSummaries summaries, CaseService cases, CancellationToken cancellationToken,
        string? state = null, string? urgency = null, int page = 1, int pageSize = EscalationQuery.DefaultPageSize)
    {
        var problems = new Dictionary<string, string[]>();
        if (state is not null && !EscalationStates.All.Contains(state))
        {
            problems["state"] = [$"Must be one of: {string.Join(", ", EscalationStates.All)}."];
        }

        if (urgency is not null && !Urgencies.Contains(urgency))
        {
            problems["urgency"] = [$"Must be one of: {string.Join(", ", Urgencies)}."];
        }

        if (page < 1)
        {
            problems["page"] = ["Must be 1 or more."];
        }

        if (pageSize is < 1 or > EscalationQuery.MaxPageSize)
        {
            problems["pageSize"] = [$"Must be between 1 and {EscalationQuery.MaxPageSize}."];
        }

        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }

        await cases.AuditAsync(ClinicianKeyFilter.Actor(http), AuditActions.View, null, "api list", cancellationToken);
        var found = await store.ListAsync(new EscalationQuery(state, urgency, page, pageSize), cancellationToken);
        var items = found.Items.Select(record => EscalationItem.From(record, summaries.Title(record))).ToList();
        return TypedResults.Ok(new EscalationList(items, found.Page, found.PageSize, found.Total));
    }
}
