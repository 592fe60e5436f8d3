using System.Text.Json;
using PuenteBot.Protocol;

namespace PuenteBot.Channels.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>: Activity JSON from Azure Bot Service channels and the Emulator. 415 for a body
/// that is not JSON, 400 with a short problem for an activity that cannot be processed, 401 (empty) for a call
/// that is not authenticated when an app id is set. With no app id, 403 with a short problem for a caller that is
/// not on this machine (unless <c>BotFramework:AllowAnonymous</c>, and even then when it points replies at a
/// loopback service URL that is not on the allow-list). <c>deliveryMode: "expectReplies"</c> answers 200 with
/// <c>{"activities":[…]}</c>; otherwise the replies go out through the connector and the answer is an empty 200.
/// The bot answers no <c>invoke</c> (card actions, Teams tasks): 501, as the Bot Framework SDK does for unhandled ones.
/// </summary>
public static class BotFrameworkEndpoint
{
    public const string Route = "/api/messages";

    public static async Task HandleAsync(HttpContext http)
    {
        var channel = http.RequestServices.GetRequiredService<BotFrameworkChannel>();
        var request = http.Request;
        var cancellationToken = http.RequestAborted;
        if (!request.HasJsonContentType())
        {
            http.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }

        var localCaller = LocalCaller.Is(http);
        if (channel.RefuseUnauthenticated(localCaller, null) is { } refusal)
        {
            await TypedResults.Problem(title: refusal, statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(http);
            return;
        }

        var authorization = request.Headers.Authorization.ToString();
        if (channel.RequiresAuthentication && authorization.Length == 0)
        {
            BotFrameworkLog.Unauthorized(channel.Logger, "header");
            Unauthorized(http.Response);
            return;
        }

        var read = await InboundJson.ReadAsync(request, ProtocolJsonContext.Default.Activity, cancellationToken);
        if (read.TooLarge)
        {
            await TypedResults.Problem(title: "The activity is too large.", statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(http);
            return;
        }

        var activity = read.Activity;
        if (Problem(activity) is { } problem)
        {
            BotFrameworkLog.BadRequest(channel.Logger, problem);
            await TypedResults.Problem(title: problem, statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(http);
            return;
        }

        if (channel.RefuseUnauthenticated(localCaller, activity) is { } serviceUrlRefusal)
        {
            await TypedResults.Problem(title: serviceUrlRefusal, statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(http);
            return;
        }

        if (!await channel.AuthenticateAsync(authorization, activity!, cancellationToken))
        {
            Unauthorized(http.Response);
            return;
        }

        if (activity!.Type == ActivityTypes.Invoke)
        {
            http.Response.StatusCode = StatusCodes.Status501NotImplemented;
            return;
        }

        var result = await channel.RunTurnAsync(activity, cancellationToken);
        if (result.Rejection is { } rejection)
        {
            await TypedResults.Problem(title: rejection, statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(http);
            return;
        }

        if (string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase))
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            var body = new ExpectedReplies { Activities = result.Replies as List<Activity> ?? [.. result.Replies] };
            await JsonSerializer.SerializeAsync(http.Response.Body, body, ProtocolJsonContext.Default.ExpectedReplies, cancellationToken);
            return;
        }

        await channel.DeliverAsync(activity, result.Replies);
        http.Response.StatusCode = StatusCodes.Status200OK;
    }

    private static void Unauthorized(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = "Bearer";
    }

    private static string? Problem(Activity? activity) => activity switch
    {
        null => "The body is not an activity in JSON.",
        { Type: null or "" } => "The activity has no type.",
        { Conversation.Id: null or "" } or { Conversation: null } => "The activity has no conversation.id.",
        _ => null,
    };
}
