using System.Net;

namespace PuenteBot.Hosting.Limits;

/// <summary>
/// One route the limits cover: which counter a request goes to (its <see cref="Name"/> and partition key: the client
/// address, or the Direct Line conversation), how many per minute, and its body cap (null: none here).
/// </summary>
public sealed record LimitedRoute(string Name, string Key, int PerMinute, int? MaxBodyBytes)
{
    private const string DirectLineConversations = "/v3/directline/conversations/";

    /// <summary>The route <paramref name="http"/> is on, or null when the limits do not cover it (pages, polling, streams).</summary>
    public static LimitedRoute? Of(HttpContext http, LimitsOptions limits)
    {
        var request = http.Request;
        if (!HttpMethods.IsPost(request.Method))
        {
            return null;
        }

        var path = request.Path.Value ?? string.Empty;
        var address = ClientAddress(http);
        if (Is(path, "/v3/directline/tokens/generate") || Is(path, "/v3/directline/conversations"))
        {
            return new("conversation-start", address, limits.ConversationStartsPerMinute, null);
        }

        if (Is(path, "/api/messages"))
        {
            return new("bot-framework", address, limits.BotFrameworkPerMinute, limits.ActivityMaxBytes);
        }

        if (path.StartsWith(DirectLineConversations, StringComparison.OrdinalIgnoreCase) && path.EndsWith("/activities", StringComparison.OrdinalIgnoreCase))
        {
            var conversationId = path[DirectLineConversations.Length..^"/activities".Length];
            return new("activity", "dl:" + conversationId, limits.ActivitiesPerMinute, limits.ActivityMaxBytes);
        }

        if (path.StartsWith("/api/sms/", StringComparison.OrdinalIgnoreCase))
        {
            return new("sms", address, limits.SmsPerMinute, limits.SmsMaxBytes);
        }

        if (Is(path, "/portal/signin"))
        {
            return new("signin", address, limits.SignInsPerMinute, limits.SignInMaxBytes);
        }

        return null;
    }

    /// <summary>Clinician API calls of any method (reads included: each is a database query behind a key check).</summary>
    public static LimitedRoute? Api(HttpContext http, LimitsOptions limits)
    {
        var path = http.Request.Path;
        return path.StartsWithSegments("/api/escalations") || path.StartsWithSegments("/api/families") || path.StartsWithSegments("/api/appointments")
            ? new("clinician-api", ClientAddress(http), limits.ClinicianApiPerMinute, null)
            : null;
    }

    /// <summary>
    /// The caller's address as the server sees it (behind a TLS proxy, the forwarded one once forwarded headers are
    /// configured); "none" for in-process callers.
    /// </summary>
    public static string ClientAddress(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } ip ? (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString() : "none";

    private static bool Is(string path, string route) =>
        path.Equals(route, StringComparison.OrdinalIgnoreCase) || path.Equals(route + "/", StringComparison.OrdinalIgnoreCase);
}
