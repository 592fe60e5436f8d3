using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PuenteBot.Channels.Sms;

namespace PuenteBot.Families;

/// <summary>The outcome of reading an invitation: the family it names, or none (and whether because it expired).</summary>
public sealed record InviteCheck(string? FamilyId, bool Expired)
{
    public static readonly InviteCheck Invalid = new(null, Expired: false);
}

/// <summary>
/// Web-chat invitations: a signed (HS256), expiring token naming one enrolled family, carried in the link the clinic
/// gives the family (<c>/?lang=es&amp;invite=…</c>). The web chat page hands it to the bot when the family opens the
/// chat, and that conversation is linked to the family. The key is <c>Families:InviteSigningKey</c> or one made once
/// and kept in the database. A forged, altered or expired token links nothing.
/// </summary>
public sealed class FamilyInvites(IOptions<FamilyOptions> options, ISmsStore settings, TimeProvider clock)
{
    private const string Issuer = "puentebot-invite";
    private const string FamilyClaim = "fam";
    private const string KeySetting = "family_invite_key";

    private readonly JsonWebTokenHandler handler = new() { SetDefaultTimesOnTokenCreation = false };
    private SymmetricSecurityKey? key;

    public async Task<string> IssueAsync(string familyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + options.Value.InviteLifetime,
            Claims = new Dictionary<string, object> { [FamilyClaim] = familyId },
            SigningCredentials = new SigningCredentials(await KeyAsync(cancellationToken), SecurityAlgorithms.HmacSha256),
        });
    }

    public async Task<InviteCheck> ValidateAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2048)
        {
            return InviteCheck.Invalid;
        }

        var result = await handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Issuer,
            IssuerSigningKey = await KeyAsync(cancellationToken),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = TimeSpan.FromMinutes(1),
            LifetimeValidator = (notBefore, expires, _, parameters) =>
                expires is { } end && clock.GetUtcNow().UtcDateTime < end + parameters.ClockSkew
                && (notBefore is not { } start || clock.GetUtcNow().UtcDateTime >= start - parameters.ClockSkew),
        });
        if (result.IsValid && result.Claims.TryGetValue(FamilyClaim, out var family) && family is string id && id.Length > 0)
        {
            return new InviteCheck(id, Expired: false);
        }

        return new InviteCheck(null, Expired: result.Exception is SecurityTokenExpiredException or SecurityTokenInvalidLifetimeException);
    }

    private async Task<SymmetricSecurityKey> KeyAsync(CancellationToken cancellationToken)
    {
        if (key is not null)
        {
            return key;
        }

        var configured = options.Value.InviteSigningKey;
        var text = configured.Length > 0
            ? configured
            : await settings.GetOrAddSettingAsync(KeySetting, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), cancellationToken);
        return key = new SymmetricSecurityKey(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
