using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PuenteBot.Audit;
using PuenteBot.Escalations.Api;
using PuenteBot.Escalations.Cases;
using PuenteBot.Hosting;

namespace PuenteBot.Families.Api;

/// <summary>
/// <c>POST /api/families</c> enrols a family for the clinic's systems (<c>201 {"id","inviteUrl"}</c>; for sms the first
/// message is sent) and <c>GET /api/families/{id}</c> reads one back, both behind the clinician keys
/// (<see cref="ClinicianKeyFilter"/>); the enrolment and every read of the contact details are audited.
/// </summary>
public static class FamiliesApi
{
    public const string Prefix = "/api/families";

    public static IEndpointRouteBuilder MapFamilies(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix).AddEndpointFilter<ClinicianKeyFilter>();
        group.MapPost("/", EnrolAsync).DisableAntiforgery();
        group.MapGet("/{id}", GetAsync);
        return app;
    }

    /// <summary>The invitation as the family opens it: on <c>Hosting:PublicBaseUrl</c>, or on the address the request came to.</summary>
    public static string InviteUrl(HttpRequest request, IOptions<HostingOptions> hosting, string invitePath) =>
        (hosting.Value.BaseUrl ?? $"{request.Scheme}://{request.Host}{request.PathBase}") + invitePath;

    private static async Task<Results<Created<EnrolmentAnswer>, ValidationProblem>> EnrolAsync(
        EnrolmentRequest? request, HttpRequest http, FamilyEnrolment enrolment, IOptions<HostingOptions> hosting, CaseService audit, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [""] = ["A JSON body is required."] });
        }

        if (request.Problems() is { Count: > 0 } problems)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var enrolled = await enrolment.EnrolAsync(request, cancellationToken);
        await audit.AuditAsync(ClinicianKeyFilter.Actor(http.HttpContext), AuditActions.Enrol, null, "api", cancellationToken, enrolled.Family.Id);
        var answer = new EnrolmentAnswer(enrolled.Family.Id, InviteUrl(http, hosting, enrolled.InvitePath), enrolled.FirstSmsQueued);
        return TypedResults.Created($"{Prefix}/{Uri.EscapeDataString(enrolled.Family.Id)}", answer);
    }

    private static async Task<Results<Ok<FamilyDetail>, NotFound>> GetAsync(string id, HttpContext http, IFamilyStore families, CaseService audit, CancellationToken cancellationToken)
    {
        if (await families.GetAsync(id, cancellationToken) is not { } family)
        {
            return TypedResults.NotFound();
        }

        await audit.AuditAsync(ClinicianKeyFilter.Actor(http), AuditActions.ContactView, null, "api", cancellationToken, family.Id);

        return TypedResults.Ok(FamilyDetail.From(family, await families.ConversationsAsync(id, cancellationToken)));
    }
}
