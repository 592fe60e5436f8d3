using Microsoft.Data.Sqlite;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Escalations.Rescue;
using PuenteBot.State.Sqlite;

namespace PuenteBot.Escalations.Sqlite;

/// <summary>The rescue's writes in the bot's SQLite file, each in an immediate transaction behind the process's other writers.</summary>
public sealed class SqliteRescueStore(SqliteDatabase database) : IRescueStore
{
    /// <summary>A <c>spool</c> folder beside the SQLite file.</summary>
    public string DefaultSpoolFolder => Path.Combine(Path.GetDirectoryName(database.FilePath) ?? Path.GetTempPath(), "spool");

    public async Task WriteAloneAsync(string conversationId, IReadOnlyList<EscalationRequest> escalations, DateTimeOffset createdAt, TimeSpan wait, CancellationToken cancellationToken)
    {
        await using var lease = await database.OpenForWriteAsync(wait, cancellationToken);
        await using var transaction = lease.Connection.BeginTransaction(deferred: false);
        foreach (var escalation in escalations)
        {
            await EscalationInsert.ExecuteAsync(lease.Connection, transaction, conversationId, escalation, createdAt, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> ImportAsync(SpooledEscalation escalation, bool deliveredByEveryNotifier, DateTimeOffset now, TimeSpan wait, CancellationToken cancellationToken)
    {
        await using var lease = await database.OpenForWriteAsync(wait, cancellationToken);
        await using var transaction = lease.Connection.BeginTransaction(deferred: false);
        var isNew = await EscalationInsert.ExecuteAsync(lease.Connection, transaction, escalation.ConversationId, escalation.ToRequest(), escalation.CreatedAt, cancellationToken);
        if (isNew && escalation.DeliveredBy.Count > 0)
        {
            await RecordDeliveriesAsync(lease.Connection, transaction, escalation, deliveredByEveryNotifier, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return isNew;
    }

    private static async Task RecordDeliveriesAsync(
        SqliteConnection connection, SqliteTransaction transaction, SpooledEscalation escalation, bool deliveredByEveryNotifier, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.Parameters.AddWithValue("$id", escalation.Id);
        command.Parameters.AddWithValue("$created", SqliteTime.Text(escalation.CreatedAt));
        command.Parameters.AddWithValue("$now", SqliteTime.Text(now));
        foreach (var notifier in escalation.DeliveredBy)
        {
            command.Parameters.AddWithValue("$notifier", notifier);
            command.CommandText = """
                INSERT OR IGNORE INTO escalation_deliveries (escalation_id, notifier, state, attempts, next_attempt_at, delivered_at, idempotency_key)
                VALUES ($id, $notifier, 'delivered', 1, $created, $now, $id || ':' || $notifier)
                """;
            await command.ExecuteNonQueryAsync(cancellationToken);
            command.Parameters.RemoveAt("$notifier");
        }

        if (deliveredByEveryNotifier)
        {
            command.CommandText = "UPDATE escalations SET state = 'delivered' WHERE id = $id AND state = 'pending'";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
