using Npgsql;
using PuenteBot.State.Postgres;

namespace PuenteBot.Portal.SignIn.Postgres;

/// <summary>The portal's revocations in the PostgreSQL database (times <c>timestamptz</c>), shared by every instance on it.</summary>
public sealed class PostgresPortalRevocations(PostgresDatabase database) : IPortalRevocations
{
    public Task RevokeSessionAsync(string sessionId, DateTimeOffset at, DateTimeOffset expires, CancellationToken cancellationToken) =>
        WriteAsync(PortalRevocationKinds.Session, sessionId, at, expires, cancellationToken);

    public Task RevokeAllAsync(string userKey, DateTimeOffset at, DateTimeOffset expires, CancellationToken cancellationToken) =>
        WriteAsync(PortalRevocationKinds.User, userKey, at, expires, cancellationToken);

    public async Task<bool> IsRevokedAsync(string sessionId, string userKey, DateTimeOffset issuedAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT EXISTS (SELECT 1 FROM portal_revocations
                           WHERE (kind = @session_kind AND key = @session) OR (kind = @user_kind AND key = @user AND at >= @issued))
            """,
            connection);
        command.Parameters.AddWithValue("session_kind", PortalRevocationKinds.Session);
        command.Parameters.AddWithValue("session", sessionId);
        command.Parameters.AddWithValue("user_kind", PortalRevocationKinds.User);
        command.Parameters.AddWithValue("user", userKey);
        command.Parameters.AddWithValue("issued", issuedAt.ToUniversalTime());
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    private async Task WriteAsync(string kind, string key, DateTimeOffset at, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("DELETE FROM portal_revocations WHERE expires <= @at") { Parameters = { new("at", at.ToUniversalTime()) } },
                new NpgsqlBatchCommand(
                    """
                    INSERT INTO portal_revocations (kind, key, at, expires) VALUES (@kind, @key, @at, @expires)
                    ON CONFLICT (kind, key) DO UPDATE SET at = GREATEST(portal_revocations.at, excluded.at), expires = GREATEST(portal_revocations.expires, excluded.expires)
                    """)
                {
                    Parameters = { new("kind", kind), new("key", key), new("at", at.ToUniversalTime()), new("expires", expires.ToUniversalTime()) },
                },
            },
        };
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }
}
