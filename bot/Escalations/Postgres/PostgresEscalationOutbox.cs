using Npgsql;
using NpgsqlTypes;
using PuenteBot.Escalations.Delivery;
using PuenteBot.State.Postgres;

namespace PuenteBot.Escalations.Postgres;

/// <summary>
/// The outbox in the PostgreSQL database every instance shares. A claim locks the due deliveries it takes with
/// <c>FOR UPDATE SKIP LOCKED</c> (a claim in progress on another instance is passed over, not waited for) and sets
/// their lease in the same transaction, so N instances deliver each escalation once. A write that changes a delivery
/// and then its escalation first locks all the escalation's delivery rows in notifier order, as the conversation
/// store's updates do: the two never deadlock, and "delivered by every notifier" is counted after the other's commit.
/// </summary>
public sealed class PostgresEscalationOutbox(PostgresDatabase database) : EscalationOutbox
{
    private const string DueDeliveries = """
        FROM escalation_deliveries d JOIN escalations e ON e.id = d.escalation_id
        WHERE d.state = 'pending' AND e.state <> 'acknowledged' AND d.notifier = ANY(@notifiers)
        """;

    private const string LockDeliveries = "SELECT 1 FROM escalation_deliveries WHERE escalation_id = @id ORDER BY notifier FOR UPDATE;";

    public override async Task<ClaimedEscalation?> ClaimNextAsync(IReadOnlyList<string> notifiers, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await AddMissingDeliveriesAsync(connection, notifiers, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var next = Command(
            $"""
            SELECT {EscalationRowReader.Columns} {DueDeliveries} AND d.next_attempt_at <= @now
            ORDER BY {EscalationRowReader.UrgencyRank}, e.created_at, e.id LIMIT 1
            FOR UPDATE OF d SKIP LOCKED
            """,
            connection,
            transaction,
            notifiers);
        next.Parameters.AddWithValue("now", now.ToUniversalTime());
        var escalation = (await EscalationRowReader.ReadAllAsync(next, cancellationToken)).SingleOrDefault();
        if (escalation is null)
        {
            return null;
        }

        await using var hold = Command(
            $"""
            UPDATE escalation_deliveries SET next_attempt_at = @until, attempts = attempts + 1
            WHERE (escalation_id, notifier) IN (
                SELECT escalation_id, notifier FROM escalation_deliveries
                WHERE escalation_id = @id AND state = 'pending' AND next_attempt_at <= @now AND notifier = ANY(@notifiers)
                FOR UPDATE SKIP LOCKED)
            RETURNING {EscalationRowReader.DeliveryColumns}
            """,
            connection,
            transaction,
            notifiers);
        hold.Parameters.AddWithValue("id", escalation.Id);
        hold.Parameters.AddWithValue("now", now.ToUniversalTime());
        hold.Parameters.AddWithValue("until", (now + lease).ToUniversalTime());
        var due = await EscalationRowReader.ReadDeliveriesAsync(hold, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ClaimedEscalation(escalation, due);
    }

    public override async Task<DateTimeOffset?> NextDueAtAsync(IReadOnlyList<string> notifiers, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command($"SELECT MIN(d.next_attempt_at) {DueDeliveries}", connection, null, notifiers);
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime next ? EscalationRowReader.Time(next) : null;
    }

    public override async Task DeliveredAsync(string escalationId, string notifier, IReadOnlyList<string> notifiers, DateTimeOffset now, CancellationToken cancellationToken, string? idempotencyKey = null)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = Command(
            $"""
            {LockDeliveries}
            UPDATE escalation_deliveries SET state = 'delivered', delivered_at = @now, last_error = NULL
            WHERE escalation_id = @id AND notifier = @notifier AND (@key IS NULL OR idempotency_key = @key);
            UPDATE escalations SET state = 'delivered' WHERE id = @id AND state = 'pending' AND @count = (
                SELECT COUNT(*) FROM escalation_deliveries
                WHERE escalation_id = @id AND state = 'delivered' AND notifier = ANY(@notifiers));
            """,
            connection,
            transaction,
            notifiers);
        command.Parameters.AddWithValue("id", escalationId);
        command.Parameters.AddWithValue("notifier", notifier);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        command.Parameters.AddWithValue("count", notifiers.Count);
        command.Parameters.AddWithValue("key", NpgsqlDbType.Text, (object?)idempotencyKey ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public override async Task FailedAsync(string escalationId, string notifier, string error, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            {LockDeliveries}
            UPDATE escalation_deliveries SET last_error = @error,
                state = CASE WHEN @retry IS NULL THEN 'dead_letter' ELSE 'pending' END,
                next_attempt_at = COALESCE(@retry, next_attempt_at)
            WHERE escalation_id = @id AND notifier = @notifier;
            UPDATE escalations SET state = 'dead_letter' WHERE id = @id AND @retry IS NULL AND state IN ('pending', 'delivered');
            """,
            connection,
            transaction);
        command.Parameters.AddWithValue("id", escalationId);
        command.Parameters.AddWithValue("notifier", notifier);
        command.Parameters.AddWithValue("error", error);
        command.Parameters.AddWithValue("retry", NpgsqlDbType.TimestampTz, retryAt is { } at ? at.ToUniversalTime() : DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public override async Task ReleaseAsync(string escalationId, string notifier, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "UPDATE escalation_deliveries SET next_attempt_at = @now, attempts = GREATEST(attempts - 1, 0) WHERE escalation_id = @id AND notifier = @notifier AND state = 'pending'",
            connection);
        command.Parameters.AddWithValue("id", escalationId);
        command.Parameters.AddWithValue("notifier", notifier);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async Task<IReadOnlyList<EscalationDeliveryStatus>> DeliveriesAsync(string escalationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"SELECT {EscalationRowReader.DeliveryColumns} FROM escalation_deliveries WHERE escalation_id = @id ORDER BY notifier", connection);
        command.Parameters.AddWithValue("id", escalationId);
        return await EscalationRowReader.ReadDeliveriesAsync(command, cancellationToken);
    }

    public override async Task<long> UrgentUndeliveredAsync(DateTimeOffset raisedBy, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT COUNT(*) FROM escalations
            WHERE urgency = 'urgent' AND state IN ('pending', 'dead_letter') AND created_at <= @cutoff
            """,
            connection);
        command.Parameters.AddWithValue("cutoff", raisedBy.ToUniversalTime());
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public override async Task<DateTimeOffset?> OldestUrgentUnacknowledgedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT MIN(created_at) FROM escalations WHERE urgency = 'urgent' AND state IN ('pending', 'delivered', 'dead_letter')", connection);
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime at ? new DateTimeOffset(at, TimeSpan.Zero) : null;
    }

    /// <summary>
    /// One delivery row per pending escalation and notifier, in its own statement before the claim, so every instance
    /// sees the rows at once. Rows are inserted in key order: two instances adding the same rows queue, never deadlock.
    /// </summary>
    private static async Task AddMissingDeliveriesAsync(NpgsqlConnection connection, IReadOnlyList<string> notifiers, CancellationToken cancellationToken)
    {
        await using var command = Command(
            """
            INSERT INTO escalation_deliveries (escalation_id, notifier, state, attempts, next_attempt_at, idempotency_key)
            SELECT e.id, n.notifier, 'pending', 0, e.created_at, e.id || ':' || n.notifier
            FROM escalations e CROSS JOIN unnest(@notifiers) AS n (notifier)
            WHERE e.state = 'pending'
            ORDER BY e.id, n.notifier
            ON CONFLICT DO NOTHING
            """,
            connection,
            null,
            notifiers);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlCommand Command(string sql, NpgsqlConnection connection, NpgsqlTransaction? transaction, IReadOnlyList<string> notifiers)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("notifiers", NpgsqlDbType.Array | NpgsqlDbType.Text, notifiers.ToArray());
        return command;
    }
}
