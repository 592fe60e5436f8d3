using Microsoft.Data.Sqlite;
using PuenteBot.Escalations.Sqlite;
using PuenteBot.State.Sqlite;

namespace PuenteBot.Escalations.Delivery;

/// <summary>
/// The delivery side of the escalations table (the transactional outbox the turns write): one row per escalation
/// and notifier in <c>escalation_deliveries</c>, claimed for one try at a time so a crash leaves it due again.
/// </summary>
public sealed class EscalationOutbox(SqliteDatabase database)
{
    private const string DeliveryColumns = "notifier, state, attempts, next_attempt_at, last_error, delivered_at, idempotency_key";

    private const string DueDeliveries = """
        FROM escalation_deliveries d JOIN escalations e ON e.id = d.escalation_id
        WHERE d.state = 'pending' AND e.state <> 'acknowledged' AND d.notifier IN ({0})
        """;

    /// <summary>
    /// Takes up the most urgent, oldest escalation with deliveries due at <paramref name="now"/> for the
    /// <paramref name="notifiers"/>; its due deliveries are held for <paramref name="lease"/>. Null when nothing is due.
    /// </summary>
    public async Task<ClaimedEscalation?> ClaimNextAsync(IReadOnlyList<string> notifiers, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
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
            SELECT {EscalationRows.Columns} {Due(notifiers)} AND d.next_attempt_at <= $now
            ORDER BY {EscalationRows.UrgencyRank}, e.created_at, e.id LIMIT 1
            """;
        var escalation = (await EscalationRows.ReadAllAsync(command, cancellationToken)).SingleOrDefault();
        if (escalation is null)
        {
            return null;
        }

        command.Parameters.AddWithValue("$id", escalation.Id);
        command.Parameters.AddWithValue("$until", EscalationRows.Time(now + lease));
        command.CommandText = $"""
            UPDATE escalation_deliveries SET next_attempt_at = $until
            WHERE escalation_id = $id AND state = 'pending' AND next_attempt_at <= $now AND notifier IN ({Names(notifiers)})
            RETURNING {DeliveryColumns};
            """;
        var due = await ReadDeliveriesAsync(command, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ClaimedEscalation(escalation, due);
    }

    /// <summary>When the next delivery for <paramref name="notifiers"/> falls due (retries, expired claims); null when none waits.</summary>
    public async Task<DateTimeOffset?> NextDueAtAsync(IReadOnlyList<string> notifiers, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, notifiers, DateTimeOffset.MinValue);
        command.CommandText = $"SELECT MIN(d.next_attempt_at) {Due(notifiers)}";
        return await command.ExecuteScalarAsync(cancellationToken) is string next ? EscalationRows.ParseTime(next) : null;
    }

    /// <summary>
    /// Records a successful try; the escalation becomes delivered once every one of <paramref name="notifiers"/> delivered it.
    /// With <paramref name="idempotencyKey"/>, only a delivery still under that key counts: an update that came in while
    /// the try was in flight keeps the delivery due.
    /// </summary>
    public async Task DeliveredAsync(string escalationId, string notifier, IReadOnlyList<string> notifiers, DateTimeOffset now, CancellationToken cancellationToken, string? idempotencyKey = null)
    {
        await using var write = await database.OpenForWriteAsync(cancellationToken);
        await using var command = Command(write.Connection, notifiers, now);
        command.Parameters.AddWithValue("$id", escalationId);
        command.Parameters.AddWithValue("$notifier", notifier);
        command.Parameters.AddWithValue("$count", notifiers.Count);
        command.Parameters.AddWithValue("$key", (object?)idempotencyKey ?? DBNull.Value);
        command.CommandText = $"""
            UPDATE escalation_deliveries SET state = 'delivered', attempts = attempts + 1, delivered_at = $now, last_error = NULL
            WHERE escalation_id = $id AND notifier = $notifier AND ($key IS NULL OR idempotency_key = $key);
            UPDATE escalations SET state = 'delivered' WHERE id = $id AND state = 'pending' AND $count = (
                SELECT COUNT(*) FROM escalation_deliveries
                WHERE escalation_id = $id AND state = 'delivered' AND notifier IN ({Names(notifiers)}));
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Records a failed try: due again at <paramref name="retryAt"/>, or dead-lettered (with its escalation) when that is null.</summary>
    public async Task FailedAsync(string escalationId, string notifier, string error, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        await using var write = await database.OpenForWriteAsync(cancellationToken);
        await using var command = write.Connection.CreateCommand();
        command.Parameters.AddWithValue("$id", escalationId);
        command.Parameters.AddWithValue("$notifier", notifier);
        command.Parameters.AddWithValue("$error", error);
        command.Parameters.AddWithValue("$retry", retryAt is { } at ? EscalationRows.Time(at) : DBNull.Value);
        command.CommandText = """
            UPDATE escalation_deliveries SET attempts = attempts + 1, last_error = $error,
                state = CASE WHEN $retry IS NULL THEN 'dead_letter' ELSE 'pending' END,
                next_attempt_at = COALESCE($retry, next_attempt_at)
            WHERE escalation_id = $id AND notifier = $notifier;
            UPDATE escalations SET state = 'dead_letter' WHERE id = $id AND $retry IS NULL AND state IN ('pending', 'delivered');
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Gives a claimed delivery back untried (the worker is stopping), due at once for the next process.</summary>
    public async Task ReleaseAsync(string escalationId, string notifier, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var write = await database.OpenForWriteAsync(cancellationToken);
        await using var command = write.Connection.CreateCommand();
        command.Parameters.AddWithValue("$id", escalationId);
        command.Parameters.AddWithValue("$notifier", notifier);
        command.Parameters.AddWithValue("$now", EscalationRows.Time(now));
        command.CommandText = "UPDATE escalation_deliveries SET next_attempt_at = $now WHERE escalation_id = $id AND notifier = $notifier AND state = 'pending'";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Every notifier's delivery of one escalation, by notifier name.</summary>
    public async Task<IReadOnlyList<EscalationDeliveryStatus>> DeliveriesAsync(string escalationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Parameters.AddWithValue("$id", escalationId);
        command.CommandText = $"SELECT {DeliveryColumns} FROM escalation_deliveries WHERE escalation_id = $id ORDER BY notifier";
        return await ReadDeliveriesAsync(command, cancellationToken);
    }

    private static string Due(IReadOnlyList<string> notifiers) => string.Format(System.Globalization.CultureInfo.InvariantCulture, DueDeliveries, Names(notifiers));

    private static string Names(IReadOnlyList<string> notifiers) => string.Join(", ", notifiers.Select((_, i) => $"$n{i}"));

    private static SqliteCommand Command(SqliteConnection connection, IReadOnlyList<string> notifiers, DateTimeOffset now)
    {
        var command = connection.CreateCommand();
        command.Parameters.AddWithValue("$now", EscalationRows.Time(now));
        for (var i = 0; i < notifiers.Count; i++)
        {
            command.Parameters.AddWithValue($"$n{i}", notifiers[i]);
        }

        return command;
    }

    private static async Task<List<EscalationDeliveryStatus>> ReadDeliveriesAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var deliveries = new List<EscalationDeliveryStatus>();
        while (await reader.ReadAsync(cancellationToken))
        {
            deliveries.Add(new EscalationDeliveryStatus(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetInt32(2),
                EscalationRows.ParseTime(reader.GetString(3)),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : EscalationRows.ParseTime(reader.GetString(5)),
                reader.GetString(6)));
        }

        return deliveries;
    }
}
