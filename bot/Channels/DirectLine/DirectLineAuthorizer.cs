using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace PuenteBot.Channels.DirectLine;

/// <summary>
/// Who may do what: a token works for its own conversation only (403 on any other); the secret, when one is
/// configured, is needed to open a conversation without a token.
/// </summary>
public sealed class DirectLineAuthorizer(DirectLineTokens tokens, IOptions<DirectLineOptions> options)
{
    /// <summary>The grant for <paramref name="conversationId"/>, or the error to answer with.</summary>
    public async Task<(DirectLineGrant? Grant, IResult? Error)> ForConversationAsync(string? token, string conversationId, CancellationToken cancellationToken)
    {
        var check = await tokens.ValidateAsync(token, cancellationToken);
        if (check.Grant is null)
        {
            return (null, Refusal(check));
        }

        return check.Grant.ConversationId == conversationId
            ? (check.Grant, null)
            : (null, DirectLineChannel.Error(StatusCodes.Status403Forbidden, "Forbidden", "The token is not valid for this conversation."));
    }

    /// <summary>The answer to a token that grants nothing: 403 TokenExpired when it expired, else 401.</summary>
    public static IResult Refusal(TokenCheck check) => check.Expired
        ? DirectLineChannel.Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired.")
        : DirectLineChannel.Error(StatusCodes.Status401Unauthorized, "BadArgument", "A valid token is required.");

    /// <summary>True when no secret is configured, or <paramref name="bearer"/> is it.</summary>
    public bool MayOpenConversations(string? bearer)
    {
        var secret = options.Value.Secret;
        return secret.Length == 0
            || (bearer is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(bearer), Encoding.UTF8.GetBytes(secret)));
    }

    /// <summary>The bearer credential of a request; DirectLineJS sends "Bearer undefined" when it has none.</summary>
    public static string? Bearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var value = header[scheme.Length..].Trim();
        return value.Length == 0 || value is "undefined" or "null" ? null : value;
    }
}
