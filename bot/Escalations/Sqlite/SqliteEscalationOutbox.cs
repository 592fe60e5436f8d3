using Microsoft.Data.Sqlite;
using PuenteBot.Escalations.Delivery;
using PuenteBot.State.Sqlite;

namespace PuenteBot.Escalations.Sqlite;

/// <summary>
/// The outbox in the bot's SQLite file. A claim is one immediate transaction (SQLite has one writer at a time, across
/// processes too), so its lease is set before any other process can look.
/// </summary>
public sealed class SqliteEscalationOutbox(SqliteDatabase database) : EscalationOutbox
{
    private const string DueDeliveries = """
        FROM escalation_deliveries d JOIN escalations e ON e.id = d.escalation_id
        WHERE d.state = 'pending' AND e.state <> 'acknowledged' AND d.notifier IN ({0})
        """;

    public override async Task<ClaimedEscalation?> ClaimNextAsync(IReadOnlyList<string> notifiers, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var write = await database.OpenForWriteAsync(cancellationToken);
        await using var transaction = write.Connection.BeginTransaction(deferred: false);
        await using var command = Command(write.Connection, notifiers, now);
        command.Transaction = transaction;
        command.CommandText = string.Join('\n', notifiers.Select((_, i) => $"""
            INSERT OR IGNORE INTO escalation_deliveries (escalation_id, notifier, state, attempts, next_attempt_at, idempotency_key)
            SELECT e.id, $n{i}, 'pending', 0, e.created_at, e.id || ':' || $n{i} FROM escalations e WHERE e.state = 'pending';
            """));
        await command.ExecuteNonQueryAsync(cancellationToken);
        command.CommandText = $"""
            SELECT {EscalationRowReader.Columns} {Due(notifiers)} AND d.next_attempt_at <= $now
            ORDER BY {EscalationRowReader.UrgencyRank}, e.created_at, e.id LIMIT 1
            """;
        var escalation = (await EscalationRowReader.ReadAllAsync(command, cancellationToken)).SingleOrDefault();
        if (escalation is null)
        {
            return null;
        }

        command.Parameters.AddWithValue("$id", escalation.Id);
        command.Parameters.AddWithValue("$until", SqliteTime.Text(now + lease));
        command.CommandText = $"""
            UPDATE escalation_deliveries SET next_attempt_at = $until, attempts = attempts + 1
            WHERE escalation_id = $id AND state = 'pending' AND next_attempt_at <= $now AND notifier IN ({Names(notifiers)})
            RETURNING {EscalationRowReader.DeliveryColumns};
            """;
        var due = await EscalationRowReader.ReadDeliveriesAsync(command, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ClaimedEscalation(escalation, due);
    }

    public override async Task<DateTimeOffset?> NextDueAtAsync(IReadOnlyList<string> notifiers, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, notifiers, DateTimeOffset.MinValue);
        command.CommandText = $"SELECT MIN(d.next_attempt_at) {Due(notifiers)}";
        return await command.ExecuteScalarAsync(cancellationToken) is string next ? EscalationRowReader.Time(next) : null;
    }

    public override async Task DeliveredAsync(string escalationId, string notifier, IReadOnlyList<string> notifiers, DateTimeOffset now, CancellationToken cancellationToken, string? idempotencyKey = null)
    {
        await using var write = await database.OpenForWriteAsync(cancellationToken);
        await using var command = Command(write.Connection, notifiers, now);
        command.Parameters.AddWithValue("$id", escalationId);
        command.Parameters.AddWithValue("$notifier", notifier);
        command.Parameters.AddWithValue("$count", notifiers.Count);
        command.Parameters.AddWithValue("$key", (object?)idempotencyKey ?? DBNull.Value);
        command.CommandText = $"""
            UPDATE escalation_deliveries SET state = 'delivered', delivered_at = $now, last_error = NULL
            WHERE escalation_id = $id AND notifier = $notifier AND ($key IS NULL OR idempotency_key = $key);
            UPDATE escalations SET state = 'delivered' WHERE id = $id AND state = 'pending' AND $count = (
                SELECT COUNT(*) FROM escalation_deliveries
                WHERE escalation_id = $id AND state = 'delivered' AND notifier IN ({Names(notifiers)}));
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async Task FailedAsync(string escalationId, string notifier, string error, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        await using var write = await database.OpenForWriteAsync(cancellationToken);
        await using var command = write.Connection.CreateCommand();
        command.Parameters.AddWithValue("$id", escalationId);
        command.Parameters.AddWithValue("$notifier", notifier);
        command.Parameters.AddWithValue("$error", error);
        command.Parameters.AddWithValue("$retry", retryAt is { } at ? SqliteTime.Text(at) : DBNull.Value);
        command.CommandText = """
            UPDATE escalation_deliveries SET last_error = $error,
                state = CASE WHEN $retry IS NULL THEN 'dead_letter' ELSE 'pending' END,
                next_attempt_at = COALESCE($retry, next_attempt_at)
            WHERE escalation_id = $id AND notifier = $notifier;
            UPDATE escalations SET state = 'dead_letter' WHERE id = $id AND $retry IS NULL AND state IN ('pending', 'delivered');
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async Task ReleaseAsync(string escalationId, string notifier, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var write = await database.OpenForWriteAsync(cancellationToken);
        await using var command = write.Connection.CreateCommand();
        command.Parameters.AddWithValue("$id", escalationId);
        command.Parameters.AddWithValue("$notifier", notifier);
        command.Parameters.AddWithValue("$now", SqliteTime.Text(now));
        command.CommandText = "UPDATE escalation_deliveries SET next_attempt_at = $now, attempts = MAX(attempts - 1, 0) WHERE escalation_id = $id AND notifier = $notifier AND state = 'pending'";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async Task<IReadOnlyList<EscalationDeliveryStatus>> DeliveriesAsync(string escalationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Parameters.AddWithValue("$id", escalationId);
        command.CommandText = $"SELECT {EscalationRowReader.DeliveryColumns} FROM escalation_deliveries WHERE escalation_id = $id ORDER BY notifier";
        return await EscalationRowReader.ReadDeliveriesAsync(command, cancellationToken);
    }

    public override async Task<long> UrgentUndeliveredAsync(DateTimeOffset raisedBy, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COUNT(*) FROM escalations
            WHERE urgency = 'urgent' AND state IN ('pending', 'dead_letter') AND created_at <= $cutoff
            """;
        command.Parameters.AddWithValue("$cutoff", SqliteTime.Text(raisedBy));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public override async Task<DateTimeOffset?> OldestUrgentUnacknowledgedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MIN(created_at) FROM escalations WHERE urgency = 'urgent' AND state IN ('pending', 'delivered', 'dead_letter')";
        return await command.ExecuteScalarAsync(cancellationToken) is string text
            ? DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal)
            : null;
    }

    private static string Due(IReadOnlyList<string> notifiers) => string.Format(System.Globalization.CultureInfo.InvariantCulture, DueDeliveries, Names(notifiers));

    private static string Names(IReadOnlyList<string> notifiers) => string.Join(", ", notifiers.Select((_, i) => $"$n{i}"));

    private static SqliteCommand Command(SqliteConnection connection, IReadOnlyList<string> notifiers, DateTimeOffset now)
    {
        var command = connection.CreateCommand();
        command.Parameters.AddWithValue("$now", SqliteTime.Text(now));
        for (var i = 0; i < notifiers.Count; i++)
        {
            command.Parameters.AddWithValue($"$n{i}", notifiers[i]);
        }

        return command;
    }
}
