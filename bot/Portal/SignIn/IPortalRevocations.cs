namespace PuenteBot.Portal.SignIn;

/// <summary>
/// The portal's sign-outs, kept in the database <c>Storage:Provider</c> names (table <c>portal_revocations</c>), so
/// every instance on it refuses a cookie that one of them signed out. Each write also prunes the rows whose
/// <c>expires</c> has passed: the cookies they name have expired by then.
/// </summary>
public interface IPortalRevocations
{
    /// <summary>Revokes one session id until <paramref name="expires"/>; <paramref name="at"/> is now.</summary>
    Task RevokeSessionAsync(string sessionId, DateTimeOffset at, DateTimeOffset expires, CancellationToken cancellationToken);

    /// <summary>Revokes every session of <paramref name="userKey"/> (the lower-cased user) issued at or before <paramref name="at"/>, until <paramref name="expires"/>.</summary>
    Task RevokeAllAsync(string userKey, DateTimeOffset at, DateTimeOffset expires, CancellationToken cancellationToken);

    /// <summary>True when the session was signed out, or its user signed out everywhere at or after <paramref name="issuedAt"/>.</summary>
    Task<bool> IsRevokedAsync(string sessionId, string userKey, DateTimeOffset issuedAt, CancellationToken cancellationToken);
}
