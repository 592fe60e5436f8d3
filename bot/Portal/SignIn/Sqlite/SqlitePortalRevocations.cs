using PuenteBot.Escalations.Sqlite;
using PuenteBot.State.Sqlite;

namespace PuenteBot.Portal.SignIn.Sqlite;

/// <summary>The portal's revocations in the bot's SQLite file (times as round-trip UTC text, which sorts in time order).</summary>
public sealed class SqlitePortalRevocations(SqliteDatabase database) : IPortalRevocations
{
    public Task RevokeSessionAsync(string sessionId, DateTimeOffset at, DateTimeOffset expires, CancellationToken cancellationToken) =>
        WriteAsync(PortalRevocationKinds.Session, sessionId, at, expires, cancellationToken);

    public Task RevokeAllAsync(string userKey, DateTimeOffset at, DateTimeOffset expires, CancellationToken cancellationToken) =>
        WriteAsync(PortalRevocationKinds.User, userKey, at, expires, cancellationToken);

    public async Task<bool> IsRevokedAsync(string sessionId, string userKey, DateTimeOffset issuedAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT EXISTS (SELECT 1 FROM portal_revocations
                           WHERE (kind = $session_kind AND key = $session) OR (kind = $user_kind AND key = $user AND at >= $issued))
            """;
        command.Parameters.AddWithValue("$session_kind", PortalRevocationKinds.Session);
        command.Parameters.AddWithValue("$session", sessionId);
        command.Parameters.AddWithValue("$user_kind", PortalRevocationKinds.User);
        command.Parameters.AddWithValue("$user", userKey);
        command.Parameters.AddWithValue("$issued", SqliteTime.Text(issuedAt));
        return await command.ExecuteScalarAsync(cancellationToken) is 1L;
    }

    private async Task WriteAsync(string kind, string key, DateTimeOffset at, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        await using var lease = await database.OpenForWriteAsync(cancellationToken);
        await using var command = lease.Connection.CreateCommand();
        command.CommandText = """
            DELETE FROM portal_revocations WHERE expires <= $at;
            INSERT INTO portal_revocations (kind, key, at, expires) VALUES ($kind, $key, $at, $expires)
            ON CONFLICT (kind, key) DO UPDATE SET at = MAX(portal_revocations.at, excluded.at), expires = MAX(portal_revocations.expires, excluded.expires);
            """;
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$at", SqliteTime.Text(at));
        command.Parameters.AddWithValue("$expires", SqliteTime.Text(expires));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
