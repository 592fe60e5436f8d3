namespace PuenteBot.Escalations.Api;

/// <summary>The clinician API under <c>/api/escalations</c>, every route behind <see cref="ClinicianKeyFilter"/>.</summary>
public static class EscalationsApi
{
    public const string Prefix = "/api/escalations";

    public static IEndpointRouteBuilder MapEscalations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix).AddEndpointFilter<ClinicianKeyFilter>();
        group.MapGet("/", ListEscalationsEndpoint.HandleAsync);
        group.MapGet("/{id}", GetEscalationEndpoint.HandleAsync);
        group.MapPost("/{id}/ack", AcknowledgeEscalationEndpoint.HandleAsync).DisableAntiforgery();
        return app;
    }
}
