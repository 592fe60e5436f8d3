using System.Collections.Concurrent;
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
/// request from the cookie handler's <c>OnValidatePrincipal</c>. Revocations are kept in this process until the
/// cookies they name would have expired anyway (see docs/portal.md, Security, for several instances).
/// </summary>
public sealed class PortalSessions(IOptions<PortalOptions> options, TimeProvider clock)
{
    public const string SessionClaim = "puentebot:session";
    public const string StampClaim = "puentebot:stamp";
    public const string IssuedClaim = "puentebot:issued";

    private readonly ConcurrentDictionary<string, DateTimeOffset> revokedSessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> signedOutEverywhere = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gives a principal about to be signed in a new random session id and the exact time it was issued.</summary>
    public void Issue(ClaimsIdentity identity)
    {
        identity.AddClaim(new Claim(SessionClaim, Convert.ToHexString(RandomNumberGenerator.GetBytes(16))));
        identity.AddClaim(new Claim(IssuedClaim, clock.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>A short stamp of a password hash: changes whenever the hash does, and tells nothing about it.</summary>
    public static string Stamp(string passwordHash) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("puentebot-session-stamp\n" + passwordHash)), 0, 12);

    /// <summary>Ends one session: its cookie is refused from now on.</summary>
    public void Revoke(string sessionId)
    {
        Prune();
        revokedSessions[sessionId] = clock.GetUtcNow() + options.Value.SessionLifetime;
    }

    /// <summary>Ends every session of <paramref name="user"/> (<see cref="PortalClinician.User"/>) issued until now.</summary>
    public void RevokeAll(string user) => signedOutEverywhere[user] = clock.GetUtcNow();

    /// <summary>True when a cookie's principal still stands: not signed out, not signed out everywhere since, same password hash.</summary>
    public bool IsValid(ClaimsPrincipal principal)
    {
        var session = principal.FindFirstValue(SessionClaim);
        if (session is null || revokedSessions.ContainsKey(session))
        {
            return false;
        }

        var user = PortalClinician.From(principal, "en").User;
        if (signedOutEverywhere.TryGetValue(user, out var since)
            && !(long.TryParse(principal.FindFirstValue(IssuedClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks > since.UtcTicks))
        {
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

    private void Prune()
    {
        var now = clock.GetUtcNow();
        foreach (var (id, until) in revokedSessions)
        {
            if (until <= now)
            {
                revokedSessions.TryRemove(id, out _);
            }
        }
    }
}
