using Npgsql;
using NpgsqlTypes;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Escalations.Rescue;
using PuenteBot.State.Postgres;
using PuenteBot.State.Sqlite;

namespace PuenteBot.Escalations.Postgres;

/// <summary>
/// The rescue's writes in the PostgreSQL database, each waiting at most its wait for a connection, for locks and for
/// each statement (<see cref="BoundedWaits"/>). The commit is not cut short: a write that reached the server either
/// commits or fails there.
/// </summary>
public sealed class PostgresRescueStore(PostgresDatabase database) : IRescueStore
{
    /// <summary>
    /// The user's local data folder (<c>~/.local/share/PuenteBot/spool</c> on Linux, where a SQLite file would live):
    /// a PostgreSQL database has no file of this machine to sit beside.
    /// </summary>
    public string DefaultSpoolFolder { get; } = Path.Combine(Path.GetDirectoryName(SqliteDatabase.DefaultPath()) ?? Path.GetTempPath(), "spool");

    public async Task WriteAloneAsync(string conversationId, IReadOnlyList<EscalationRequest> escalations, DateTimeOffset createdAt, TimeSpan wait, CancellationToken cancellationToken)
    {
        await using var connection = await BoundedWaits.OpenAsync(database, wait, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await BoundedWaits.LimitAsync(transaction, wait, cancellationToken);
        foreach (var escalation in escalations)
        {
            await PostgresEscalationInsert.ExecuteAsync(connection, transaction, conversationId, escalation, createdAt, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> ImportAsync(SpooledEscalation escalation, bool deliveredByEveryNotifier, DateTimeOffset now, TimeSpan wait, CancellationToken cancellationToken)
    {
        await using var connection = await BoundedWaits.OpenAsync(database, wait, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await BoundedWaits.LimitAsync(transaction, wait, cancellationToken);
        var isNew = await PostgresEscalationInsert.ExecuteAsync(connection, transaction, escalation.ConversationId, escalation.ToRequest(), escalation.CreatedAt, cancellationToken);
        if (isNew && escalation.DeliveredBy.Count > 0)
        {
            await RecordDeliveriesAsync(connection, transaction, escalation, deliveredByEveryNotifier, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return isNew;
    }

    private static async Task RecordDeliveriesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, SpooledEscalation escalation, bool deliveredByEveryNotifier, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO escalation_deliveries (escalation_id, notifier, state, attempts, next_attempt_at, delivered_at, idempotency_key)
            SELECT @id, n.notifier, 'delivered', 1, @created, @now, @id || ':' || n.notifier FROM unnest(@notifiers) AS n (notifier)
            ON CONFLICT DO NOTHING;
            UPDATE escalations SET state = 'delivered' WHERE id = @id AND state = 'pending' AND @every;
            """,
            connection,
            transaction);
        command.Parameters.AddWithValue("id", escalation.Id);
        command.Parameters.AddWithValue("notifiers", NpgsqlDbType.Array | NpgsqlDbType.Text, escalation.DeliveredBy.ToArray());
        command.Parameters.AddWithValue("created", escalation.CreatedAt.ToUniversalTime());
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        command.Parameters.AddWithValue("every", deliveredByEveryNotifier);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
