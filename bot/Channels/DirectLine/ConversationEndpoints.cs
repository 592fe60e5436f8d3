using System.Globalization;

namespace PuenteBot.Channels.DirectLine;

/// <summary><c>POST conversations</c> (start) and <c>GET conversations/{id}</c> (reconnect).</summary>
public static class ConversationEndpoints
{
    /// <summary>
    /// Starts the token's conversation (201; 200 when it already has activities), or, without a token, a new
    /// one with its own token.
    /// </summary>
    public static async Task<IResult> StartAsync(HttpRequest request, DirectLineAuthorizer authorizer, DirectLineTokens tokens, DirectLineConversations conversations, DirectLineCapacity capacity)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        var bearer = DirectLineAuthorizer.Bearer(request);
        var check = await tokens.ValidateAsync(bearer, cancellationToken);
        if (check.Expired)
        {
            return DirectLineAuthorizer.Refusal(check);
        }

        if (check.Grant is { } grant)
        {
            var status = grant.Conversation.LastSequence == 0 ? StatusCodes.Status201Created : StatusCodes.Status200OK;
            return Info(request, grant.ConversationId, bearer!, tokens, 0, status);
        }

        if (!authorizer.MayOpenConversations(bearer))
        {
            return DirectLineChannel.Error(StatusCodes.Status401Unauthorized, "BadArgument", "A token or the Direct Line secret is required.");
        }

        if (capacity.Refusal(request.HttpContext.Response) is { } full)
        {
            return full;
        }

        var body = await TokenEndpoints.ReadOptionalAsync(request);
        var conversation = await conversations.CreateAsync(cancellationToken);
        return Info(request, conversation.Id, tokens.Issue(conversation, body?.User?.Id), tokens, 0, StatusCodes.Status201Created);
    }

    /// <summary>A new stream URL (and token) for a conversation the client already has, from a watermark.</summary>
    public static async Task<IResult> ReconnectAsync(string conversationId, HttpRequest request, string? watermark, DirectLineAuthorizer authorizer, DirectLineTokens tokens)
    {
        var (grant, error) = await authorizer.ForConversationAsync(DirectLineAuthorizer.Bearer(request), conversationId, request.HttpContext.RequestAborted);
        if (grant is null)
        {
            return error!;
        }

        return Info(request, grant.ConversationId, tokens.Issue(grant.Conversation, grant.UserId), tokens, Watermark.Parse(watermark), StatusCodes.Status200OK);
    }

    private static IResult Info(HttpRequest request, string conversationId, string token, DirectLineTokens tokens, int watermark, int status)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var stream = $"{scheme}://{request.Host}{request.PathBase}{DirectLineChannel.Prefix}/conversations/{conversationId}/stream"
            + $"?watermark={watermark.ToString(CultureInfo.InvariantCulture)}&t={Uri.EscapeDataString(token)}";
        return TypedResults.Json(new DirectLineConversationInfo(conversationId, token, tokens.LifetimeSeconds, stream), DirectLineJsonContext.Default.DirectLineConversationInfo, statusCode: status);
    }
}
