using System.Data.Common;
using PuenteBot.State;

namespace PuenteBot.Portal.SignIn;

/// <summary>
/// The portal's revocations in the bot's database, on either provider (the same SQL; <see cref="SqlRunner"/> holds the
/// differences), shared by every instance on it. Each write first drops the rows whose cookies would have expired anyway.
/// </summary>
public sealed class PortalRevocations(SqlRunner sql) : IPortalRevocations
{
    public Task RevokeSessionAsync(string sessionId, DateTimeOffset at, DateTimeOffset expires, CancellationToken cancellationToken) =>
        WriteAsync(PortalRevocationKinds.Session, sessionId, at, expires, cancellationToken);

    public Task RevokeAllAsync(string userKey, DateTimeOffset at, DateTimeOffset expires, CancellationToken cancellationToken) =>
        WriteAsync(PortalRevocationKinds.User, userKey, at, expires, cancellationToken);

    public Task<bool> IsRevokedAsync(string sessionId, string userKey, DateTimeOffset issuedAt, CancellationToken cancellationToken) =>
        sql.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT COUNT(*) FROM portal_revocations
                WHERE (kind = @session_kind AND key = @session) OR (kind = @user_kind AND key = @user AND at >= @issued)
                """;
            SqlRunner.AddText(command, "@session_kind", PortalRevocationKinds.Session);
            SqlRunner.AddText(command, "@session", sessionId);
            SqlRunner.AddText(command, "@user_kind", PortalRevocationKinds.User);
            SqlRunner.AddText(command, "@user", userKey);
            sql.AddTime(command, "@issued", issuedAt);
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0;
        }, cancellationToken);

    private Task WriteAsync(string kind, string key, DateTimeOffset at, DateTimeOffset expires, CancellationToken cancellationToken) =>
        sql.WriteAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, transaction, "DELETE FROM portal_revocations WHERE expires <= @at", kind, key, at, expires, cancellationToken);
            await ExecuteAsync(connection, transaction, """
                INSERT INTO portal_revocations (kind, key, at, expires) VALUES (@kind, @key, @at, @expires)
                ON CONFLICT (kind, key) DO UPDATE SET
                    at = CASE WHEN excluded.at > portal_revocations.at THEN excluded.at ELSE portal_revocations.at END,
                    expires = CASE WHEN excluded.expires > portal_revocations.expires THEN excluded.expires ELSE portal_revocations.expires END
                """, kind, key, at, expires, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return 0;
        }, cancellationToken);

    private async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string text, string kind, string key, DateTimeOffset at, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        SqlRunner.AddText(command, "@kind", kind);
        SqlRunner.AddText(command, "@key", key);
        sql.AddTime(command, "@at", at);
        sql.AddTime(command, "@expires", expires);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
