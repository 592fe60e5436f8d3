using Microsoft.AspNetCore.Http.HttpResults;
using PuenteBot.State;

namespace PuenteBot.Hosting;

/// <summary><c>GET /healthz</c>: alive, and ready when the database answers.</summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", CheckAsync);
        return app;
    }

    private static async Task<Results<Ok<HealthStatus>, JsonHttpResult<HealthStatus>>> CheckAsync(IConversationStore store, CancellationToken cancellationToken) =>
        await store.IsReachableAsync(cancellationToken)
            ? TypedResults.Ok(new HealthStatus("ok", Database: "ok"))
            : TypedResults.Json(new HealthStatus("unavailable", Database: "unreachable"), statusCode: StatusCodes.Status503ServiceUnavailable);
}

public sealed record HealthStatus(string Status, string Database);
