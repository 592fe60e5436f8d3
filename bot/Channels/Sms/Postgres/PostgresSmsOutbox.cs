using Npgsql;
using PuenteBot.State.Postgres;

namespace PuenteBot.Channels.Sms.Postgres;

/// <summary>
/// <c>sms_outbox</c> in PostgreSQL, shared by every instance. A claim locks the oldest due row with
/// <c>FOR UPDATE SKIP LOCKED</c> (instances claiming at the same moment take different rows, none waits) and pushes
/// its <c>next_attempt_at</c> out by the lease in the same statement, so the row stays taken for the try after the
/// lock is gone; an instance that dies leaves it due again when the lease ends.
/// </summary>
public sealed class PostgresSmsOutbox(PostgresDatabase database) : ISmsOutbox
{
    private const string Columns = "o.id, o.conversation_id, o.delivery_id, o.part, o.body, o.despite_opt_out, o.attempts";

    public async Task EnqueueAsync(SmsDelivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await PostgresSmsOutboxInsert.ExecuteAsync(connection, null, delivery, now, cancellationToken);
    }

    public async Task<SmsOutboxMessage?> ClaimNextAsync(DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            WITH next AS (
                SELECT o.id FROM sms_outbox o WHERE {SmsOutboxStates.Heads} AND o.next_attempt_at <= @now
                ORDER BY o.next_attempt_at, o.id LIMIT 1
                FOR UPDATE SKIP LOCKED)
            UPDATE sms_outbox o SET next_attempt_at = @until FROM next WHERE o.id = next.id
            RETURNING {Columns}
            """,
            connection);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        command.Parameters.AddWithValue("until", (now + lease).ToUniversalTime());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new SmsOutboxMessage(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4), reader.GetBoolean(5), reader.GetInt32(6))
            : null;
    }

    public async Task<DateTimeOffset?> NextDueAtAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT MIN(o.next_attempt_at) FROM sms_outbox o WHERE {SmsOutboxStates.Heads}", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) && !reader.IsDBNull(0) ? reader.GetFieldValue<DateTimeOffset>(0) : null;
    }

    public Task SentAsync(long id, string? twilioSid, DateTimeOffset now, CancellationToken cancellationToken) =>
        ExecuteAsync(
            """
            UPDATE sms_outbox SET state = 'sent', attempts = attempts + 1, sent_at = @now, twilio_sid = @sid, last_error = NULL, error_code = NULL
            WHERE id = @id AND state = 'pending'
            """,
            cancellationToken,
            ("id", id), ("sid", twilioSid), ("now", now.ToUniversalTime()));

    public Task RetryAsync(long id, SmsSendFailure failure, DateTimeOffset retryAt, CancellationToken cancellationToken) =>
        ExecuteAsync(
            """
            UPDATE sms_outbox SET attempts = attempts + 1, last_error = @error, error_code = @code, next_attempt_at = @retry
            WHERE id = @id AND state = 'pending'
            """,
            cancellationToken,
            ("id", id), ("error", failure.Reason), ("code", failure.ErrorCode), ("retry", retryAt.ToUniversalTime()));

    /// <summary>One statement: the row's end and the drop of its later parts commit together.</summary>
    public async Task<int> AbandonAsync(SmsOutboxMessage message, string state, SmsSendFailure failure, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            WITH ended AS (
                UPDATE sms_outbox SET state = @state, attempts = attempts + 1, last_error = @error, error_code = @code
                WHERE id = @id AND state = 'pending')
            UPDATE sms_outbox SET state = 'dropped' WHERE delivery_id = @delivery AND part > @part AND state = 'pending'
            """,
            connection);
        command.Parameters.AddWithValue("id", message.Id);
        command.Parameters.AddWithValue("state", state);
        command.Parameters.AddWithValue("error", failure.Reason);
        command.Parameters.AddWithValue("code", (object?)failure.ErrorCode ?? DBNull.Value);
        command.Parameters.AddWithValue("delivery", message.DeliveryId);
        command.Parameters.AddWithValue("part", message.Part);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<int> OptedOutAsync(string conversationId, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE sms_outbox SET state = 'opted_out' WHERE conversation_id = @conversation AND state = 'pending'",
            cancellationToken,
            ("conversation", conversationId));

    public async Task<bool> StatusAsync(string twilioSid, string status, int? errorCode, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            """
            UPDATE sms_outbox SET state = @status, error_code = COALESCE(@code, error_code), status_at = @now
            WHERE twilio_sid = @sid AND state IN ('sent', 'delivered', 'failed', 'undelivered')
            """,
            cancellationToken,
            ("sid", twilioSid), ("status", status), ("code", errorCode), ("now", now.ToUniversalTime())) > 0;

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
