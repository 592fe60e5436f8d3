using System.Text.Json;

namespace PuenteBot.Channels.DirectLine;

/// <summary><c>POST tokens/generate</c> and <c>POST tokens/refresh</c>.</summary>
public static class TokenEndpoints
{
    /// <summary>A new conversation and a token for it alone (the conversation starts when the client opens it).</summary>
    public static async Task<IResult> GenerateAsync(HttpRequest request, DirectLineAuthorizer authorizer, DirectLineTokens tokens, DirectLineConversations conversations, DirectLineCapacity capacity)
    {
        if (!authorizer.MayOpenConversations(DirectLineAuthorizer.Bearer(request)))
        {
            return DirectLineChannel.Error(StatusCodes.Status401Unauthorized, "BadArgument", "The Direct Line secret is required.");
        }

        var body = await ReadOptionalAsync(request);
        if (body is null)
        {
            return DirectLineChannel.Error(StatusCodes.Status400BadRequest, "BadArgument", "The body is not valid JSON.");
        }

        if (capacity.Refusal(request.HttpContext.Response) is { } full)
        {
            return full;
        }

        var conversation = await conversations.CreateAsync(request.HttpContext.RequestAborted);
        var token = tokens.Issue(conversation, body.User?.Id);
        return TypedResults.Json(new DirectLineConversationInfo(conversation.Id, token, tokens.LifetimeSeconds, null), DirectLineJsonContext.Default.DirectLineConversationInfo);
    }

    /// <summary>A fresh token for the same conversation; an expired token cannot be refreshed.</summary>
    public static async Task<IResult> RefreshAsync(HttpRequest request, DirectLineTokens tokens)
    {
        var check = await tokens.ValidateAsync(DirectLineAuthorizer.Bearer(request), request.HttpContext.RequestAborted);
        if (check.Grant is not { } grant)
        {
            return DirectLineAuthorizer.Refusal(check);
        }

        var token = tokens.Issue(grant.Conversation, grant.UserId);
        return TypedResults.Json(new DirectLineConversationInfo(grant.ConversationId, token, tokens.LifetimeSeconds, null), DirectLineJsonContext.Default.DirectLineConversationInfo);
    }

    /// <summary>The request's optional JSON body; an empty request when there is none, null when it is not JSON.</summary>
    internal static async Task<TokenRequest?> ReadOptionalAsync(HttpRequest request)
    {
        if (request.ContentLength is 0 || !request.HasJsonContentType())
        {
            return new TokenRequest(null, null);
        }

        try
        {
            return await JsonSerializer.DeserializeAsync(request.Body, DirectLineJsonContext.Default.TokenRequest, request.HttpContext.RequestAborted)
                ?? new TokenRequest(null, null);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
