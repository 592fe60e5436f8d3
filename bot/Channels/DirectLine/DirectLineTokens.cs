using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PuenteBot.Channels.DirectLine;

/// <summary>What a valid token grants: one conversation (and the user it was issued to), until it expires.</summary>
public sealed record DirectLineGrant(string ConversationId, string? UserId);

/// <summary>The outcome of checking a token: its grant, or none (and whether that is because it expired).</summary>
public sealed record TokenCheck(DirectLineGrant? Grant, bool Expired)
{
    public static readonly TokenCheck Invalid = new(null, Expired: false);
}

/// <summary>
/// Signed, expiring tokens bound to one conversation (HS256 JWTs, so Direct Line clients can read the user
/// claim). A token for one conversation can never be used on another.
/// </summary>
public sealed class DirectLineTokens
{
    private const string Issuer = "puentebot-directline";
    private const string ConversationClaim = "conv";
    private const string UserClaim = "user";

    private readonly JsonWebTokenHandler handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SymmetricSecurityKey key;
    private readonly TimeProvider clock;
    private readonly TimeSpan lifetime;

    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider clock)
    {
        var configured = options.Value.TokenSigningKey;
        key = new SymmetricSecurityKey(configured.Length > 0 ? Encoding.UTF8.GetBytes(configured) : RandomNumberGenerator.GetBytes(32));
        this.clock = clock;
        lifetime = options.Value.TokenLifetime;
    }

    public int LifetimeSeconds => (int)lifetime.TotalSeconds;

    public string Issue(string conversationId, string? userId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>
        {
            [ConversationClaim] = conversationId,
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
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>The grant of a valid token; none when the token is malformed, forged or expired.</summary>
    public async Task<TokenCheck> ValidateAsync(string? token)
    {
        if (string.IsNullOrEmpty(token) || !handler.CanReadToken(token))
        {
            return TokenCheck.Invalid;
        }

        var result = await handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Issuer,
            IssuerSigningKey = key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = TimeSpan.FromSeconds(30),
            LifetimeValidator = (notBefore, expires, _, _) => expires > clock.GetUtcNow().UtcDateTime,
        });
        if (!result.IsValid || result.ClaimsIdentity.FindFirst(ConversationClaim)?.Value is not { } conversation)
        {
            return new TokenCheck(null, result.Exception is SecurityTokenInvalidLifetimeException);
        }

        return new TokenCheck(new DirectLineGrant(conversation, result.ClaimsIdentity.FindFirst(UserClaim)?.Value), Expired: false);
    }
}
