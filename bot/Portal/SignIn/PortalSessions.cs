using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace PuenteBot.Portal.SignIn;

/// <summary>
/// Makes portal sign-ins revocable. Every sign-in cookie carries a random session id; signing out revokes that id,
/// "sign out everywhere" revokes every cookie of the user issued until then, and a local account's cookie carries a
/// stamp derived from its password hash, so a changed hash in configuration ends its old sessions. Checked on every
/// request from the cookie handler's <c>OnValidatePrincipal</c>. Revocations are kept in the shared database
/// (<see cref="IPortalRevocations"/>) until the cookies they name would have expired anyway, so every instance
/// refuses a signed-out cookie; when the database cannot be read the cookie is refused too (fail closed).
/// </summary>
public sealed partial class PortalSessions(IOptions<PortalOptions> options, IPortalRevocations revocations, TimeProvider clock, ILogger<PortalSessions> logger)
{
    public const string SessionClaim = "puentebot:session";
    public const string StampClaim = "puentebot:stamp";
    public const string IssuedClaim = "puentebot:issued";

    /// <summary>Gives a principal about to be signed in a new random session id and the exact time it was issued.</summary>
    public void Issue(ClaimsIdentity identity)
    {
        identity.AddClaim(new Claim(SessionClaim, Convert.ToHexString(RandomNumberGenerator.GetBytes(16))));
        identity.AddClaim(new Claim(IssuedClaim, clock.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>A short stamp of a password hash: changes whenever the hash does, and tells nothing about it.</summary>
    public static string Stamp(string passwordHash) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("puentebot-session-stamp\n" + passwordHash)), 0, 12);

    /// <summary>Ends one session: its cookie is refused from now on, by every instance.</summary>
    public Task RevokeAsync(string sessionId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return revocations.RevokeSessionAsync(sessionId, now, now + options.Value.SessionLifetime, cancellationToken);
    }

    /// <summary>Ends every session of <paramref name="user"/> (<see cref="PortalClinician.User"/>) issued until now, on every instance.</summary>
    public Task RevokeAllAsync(string user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return revocations.RevokeAllAsync(UserKey(user), now, now + options.Value.SessionLifetime, cancellationToken);
    }

    /// <summary>
    /// True when a cookie's principal still stands: not signed out, not signed out everywhere since, same password
    /// hash. False, and logged, when the revocations cannot be read: a cookie that may be signed out is not honoured.
    /// </summary>
    public async Task<bool> IsValidAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var session = principal.FindFirstValue(SessionClaim);
        if (session is null)
        {
            return false;
        }

        var user = PortalClinician.From(principal, "en").User;

        // No readable issue time: treated as issued before any "sign out everywhere".
        var issued = long.TryParse(principal.FindFirstValue(IssuedClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks <= DateTimeOffset.MaxValue.UtcTicks
            ? new DateTimeOffset(ticks, TimeSpan.Zero)
            : DateTimeOffset.MinValue;
        try
        {
            if (await revocations.IsRevokedAsync(session, UserKey(user), issued, cancellationToken))
            {
                return false;
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            RevocationsUnreadable(logger, exception.GetType().Name);
            return false;
        }

        // A local account's cookie: the account must still exist with the same password hash.
        if (principal.FindFirstValue(StampClaim) is { } stamp)
        {
            var account = options.Value.Accounts.FirstOrDefault(a => string.Equals(a.User, user, StringComparison.OrdinalIgnoreCase));
            return account is not null && string.Equals(Stamp(account.PasswordHash), stamp, StringComparison.Ordinal);
        }

        return true;
    }

    /// <summary>The key a user's "sign out everywhere" is kept under: user names match without regard to case.</summary>
    private static string UserKey(string user) => user.ToLowerInvariant();

    [LoggerMessage(EventId = 18101, Level = LogLevel.Warning, Message = "Portal session refused: the revocations could not be read ({Error})")]
    private static partial void RevocationsUnreadable(ILogger logger, string error);
}
