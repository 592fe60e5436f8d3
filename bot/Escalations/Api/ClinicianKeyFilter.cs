namespace PuenteBot.Escalations.Api;

/// <summary>Lets a request through only with a valid clinician key; 401 (no body) otherwise, and always when no key is configured.</summary>
public sealed class ClinicianKeyFilter(ClinicianKeys keys) : IEndpointFilter
{
    /// <summary>Where the matched key's number is kept for the handlers (who acknowledged).</summary>
    public const string KeyNumberItem = "PuenteBot.ClinicianKey";

    /// <summary>Who a request is in the audit log: <c>api:&lt;key number&gt;</c>, never the key.</summary>
    public static string Actor(HttpContext http) => Audit.AuditEntry.ApiActor(http.Items[KeyNumberItem]);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (keys.Match(http.Request.Headers.Authorization) is not { } number)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Unauthorized();
        }

        http.Items[KeyNumberItem] = number;
        return await next(context);
    }
}
