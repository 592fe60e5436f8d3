using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PuenteBot.Channels.DirectLine.Storage;

namespace PuenteBot.Channels.DirectLine;

/// <summary>What a valid token grants: one stored conversation (as read when the token was checked) and the user it was issued to, until it expires.</summary>
public sealed record DirectLineGrant(DirectLineConversation Conversation, string? UserId)
{
    public string ConversationId => Conversation.Id;
}

/// <summary>The outcome of checking a token: its grant, or none (and whether that is because it expired).</summary>
public sealed record TokenCheck(DirectLineGrant? Grant, bool Expired)
{
    public static readonly TokenCheck Invalid = new(null, Expired: false);
}

/// <summary>
/// Signed, expiring tokens bound to one conversation (HS256 JWTs, so Direct Line clients can read the user
/// claim). Each conversation's tokens are signed with its own stored key (mixed with
/// <see cref="DirectLineOptions.TokenSigningKey"/> when one is set), so they work on every instance and after a
/// restart, and stop working once the conversation is deleted. While the database fails, the conversation as this
/// instance last read it still checks its tokens, so a family's message still reaches the turn (and a crisis in it
/// the care team). A token for one conversation can never be used on another.
/// </summary>
public sealed class DirectLineTokens(IDirectLineStore store, IOptions<DirectLineOptions> options, TimeProvider clock) : IDisposable
{
    private const string Issuer = "puentebot-directline";
    private const string ConversationClaim = "conv";
    private const string UserClaim = "user";

    private readonly JsonWebTokenHandler handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly byte[] configuredKey = Encoding.UTF8.GetBytes(options.Value.TokenSigningKey);
    private readonly TimeSpan lifetime = options.Value.TokenLifetime;
    private readonly MemoryCache recent = new(new MemoryCacheOptions { SizeLimit = 100_000 });
    private readonly MemoryCacheEntryOptions keep = new() { SlidingExpiration = options.Value.IdleConversationLifetime, Size = 1 };

    public int LifetimeSeconds => (int)lifetime.TotalSeconds;

    public string Issue(DirectLineConversation conversation, string? userId)
    {
        recent.Set(conversation.Id, conversation, keep);
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>
        {
            [ConversationClaim] = conversation.Id,
            [JwtRegisteredClaimNames.Jti] = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)),
        };
        if (userId is not null)
        {
            claims[UserClaim] = userId;
        }

        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(KeyOf(conversation), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>The grant of a valid token; none when the token is malformed, forged or expired, or its conversation is not stored.</summary>
    public async Task<TokenCheck> ValidateAsync(string? token, CancellationToken cancellationToken)
    {
        if (ClaimedConversation(token) is not { } claimed || await FindAsync(claimed, cancellationToken) is not { } conversation)
        {
            return TokenCheck.Invalid;
        }

        var result = await handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Issuer,
            IssuerSigningKey = KeyOf(conversation),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = TimeSpan.FromSeconds(30),
            LifetimeValidator = (notBefore, expires, _, _) => expires > clock.GetUtcNow().UtcDateTime,
        });
        if (!result.IsValid || result.ClaimsIdentity.FindFirst(ConversationClaim)?.Value != conversation.Id)
        {
            return new TokenCheck(null, result.Exception is SecurityTokenInvalidLifetimeException);
        }

        return new TokenCheck(new DirectLineGrant(conversation, result.ClaimsIdentity.FindFirst(UserClaim)?.Value), Expired: false);
    }

    public void Dispose() => recent.Dispose();

    private async Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        try
        {
            var conversation = await store.FindAsync(conversationId, cancellationToken);
            if (conversation is not null)
            {
                recent.Set(conversationId, conversation, keep);
            }

            return conversation;
        }
        catch (DbException) when (recent.TryGetValue(conversationId, out DirectLineConversation? known))
        {
            return known;
        }
    }

    /// <summary>The conversation a token names, read before it is checked (to find the key to check it with).</summary>
    private string? ClaimedConversation(string? token)
    {
        if (string.IsNullOrEmpty(token) || !handler.CanReadToken(token))
        {
            return null;
        }

        try
        {
            return handler.ReadJsonWebToken(token).TryGetPayloadValue<string>(ConversationClaim, out var id) && id.Length > 0 ? id : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private SymmetricSecurityKey KeyOf(DirectLineConversation conversation) =>
        new(configuredKey.Length > 0 ? HMACSHA256.HashData(configuredKey, conversation.TokenKey) : conversation.TokenKey);
}
