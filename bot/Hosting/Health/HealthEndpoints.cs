using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PuenteBot.Hosting.Health;

/// <summary>
/// <c>GET /healthz</c> (the summary: <c>{"status","database","escalations"}</c>), <c>/healthz/live</c> (the process
/// answers) and <c>/healthz/ready</c> (the database takes writes and no urgent escalation waits undelivered past
/// <c>Escalation:Delivery:AlertAfter</c>); 503 with the same body when not.
/// </summary>
public static class HealthEndpoints
{
    private const string Ready = "ready";

    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [Ready])
            .AddCheck<UrgentDeliveryHealthCheck>("escalations", tags: [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", Options(check => check.Tags.Contains(Ready)));
        app.MapHealthChecks("/healthz/ready", Options(check => check.Tags.Contains(Ready)));
        app.MapHealthChecks("/healthz/live", Options(_ => false));
        return app;
    }

    private static HealthCheckOptions Options(Func<HealthCheckRegistration, bool> predicate) => new()
    {
        Predicate = predicate,
        ResponseWriter = WriteAsync,
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = StatusCodes.Status200OK,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
    };

    /// <summary>One field per check with its short word (<c>ok</c>, <c>not_writable</c>, …); no exception text.</summary>
    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        var body = new Dictionary<string, string> { ["status"] = report.Status == HealthStatus.Unhealthy ? "unavailable" : "ok" };
        foreach (var (name, entry) in report.Entries)
        {
            body[name] = entry.Description ?? entry.Status.ToString().ToLowerInvariant();
        }

        return http.Response.WriteAsync(JsonSerializer.Serialize(body, HealthJsonContext.Default.DictionaryStringString));
    }
}
