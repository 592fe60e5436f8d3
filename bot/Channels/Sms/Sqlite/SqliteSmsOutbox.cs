using System.Globalization;
using Microsoft.Data.Sqlite;
using PuenteBot.State.Sqlite;

namespace PuenteBot.Channels.Sms.Sqlite;

/// <summary>
/// <c>sms_outbox</c> in the SQLite file. A claim is one UPDATE … RETURNING that pushes the row's
/// <c>next_attempt_at</c> out by the lease: SQLite runs one writer at a time (across processes too), so two workers
/// cannot take the same row, and a worker that dies leaves it due again when the lease ends.
/// </summary>
public sealed class SqliteSmsOutbox(SqliteDatabase database) : ISmsOutbox
{
    private const string Columns = "id, conversation_id, delivery_id, part, body, despite_opt_out, attempts";

    public async Task EnqueueAsync(SmsDelivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var write = await database.OpenForWriteAsync(cancellationToken);
        await using var transaction = write.Connection.BeginTransaction(deferred: false);
        await SqliteSmsOutboxInsert.ExecuteAsync(write.Connection, transaction, delivery, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<SmsOutboxMessage?> ClaimNextAsync(DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var write = await database.OpenForWriteAsync(cancellationToken);
        await using var command = write.Connection.CreateCommand();
        command.CommandText = $"""
            UPDATE sms_outbox SET next_attempt_at = $until
            WHERE id = (SELECT o.id FROM sms_outbox o WHERE {SmsOutboxStates.Heads} AND o.next_attempt_at <= $now ORDER BY o.next_attempt_at, o.id LIMIT 1)
            RETURNING {Columns}
            """;
        command.Parameters.AddWithValue("$now", Time(now));
        command.Parameters.AddWithValue("$until", Time(now + lease));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new SmsOutboxMessage(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4), reader.GetBoolean(5), reader.GetInt32(6))
            : null;
    }

    public async Task<DateTimeOffset?> NextDueAtAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT MIN(o.next_attempt_at) FROM sms_outbox o WHERE {SmsOutboxStates.Heads}";
        return await command.ExecuteScalarAsync(cancellationToken) is string next
            ? DateTimeOffset.Parse(next, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : null;
    }

    public Task SentAsync(long id, string? twilioSid, DateTimeOffset now, CancellationToken cancellationToken) =>
        ExecuteAsync(
            """
            UPDATE sms_outbox SET state = 'sent', attempts = attempts + 1, sent_at = $now, twilio_sid = $sid, last_error = NULL, error_code = NULL
            WHERE id = $id AND state = 'pending'
            """,
            cancellationToken,
            ("$id", id), ("$sid", twilioSid), ("$now", Time(now)));

    public Task RetryAsync(long id, SmsSendFailure failure, DateTimeOffset retryAt, CancellationToken cancellationToken) =>
        ExecuteAsync(
            """
            UPDATE sms_outbox SET attempts = attempts + 1, last_error = $error, error_code = $code, next_attempt_at = $retry
            WHERE id = $id AND state = 'pending'
            """,
            cancellationToken,
            ("$id", id), ("$error", failure.Reason), ("$code", failure.ErrorCode), ("$retry", Time(retryAt)));

    public async Task<int> AbandonAsync(SmsOutboxMessage message, string state, SmsSendFailure failure, CancellationToken cancellationToken)
    {
        await using var write = await database.OpenForWriteAsync(cancellationToken);
        await using var transaction = write.Connection.BeginTransaction(deferred: false);
        await using var command = write.Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            UPDATE sms_outbox SET state = $state, attempts = attempts + 1, last_error = $error, error_code = $code WHERE id = $id AND state = 'pending';
            UPDATE sms_outbox SET state = 'dropped' WHERE delivery_id = $delivery AND part > $part AND state = 'pending';
            SELECT changes();
            """;
        command.Parameters.AddWithValue("$id", message.Id);
        command.Parameters.AddWithValue("$state", state);
        command.Parameters.AddWithValue("$error", failure.Reason);
        command.Parameters.AddWithValue("$code", (object?)failure.ErrorCode ?? DBNull.Value);
        command.Parameters.AddWithValue("$delivery", message.DeliveryId);
        command.Parameters.AddWithValue("$part", message.Part);
        var dropped = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        await transaction.CommitAsync(cancellationToken);
        return dropped;
    }

    public Task<int> OptedOutAsync(string conversationId, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE sms_outbox SET state = 'opted_out' WHERE conversation_id = $conversation AND state = 'pending'",
            cancellationToken,
            ("$conversation", conversationId));

    public async Task<bool> StatusAsync(string twilioSid, string status, int? errorCode, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            """
            UPDATE sms_outbox SET state = $status, error_code = COALESCE($code, error_code), status_at = $now
            WHERE twilio_sid = $sid AND state IN ('sent', 'delivered', 'failed', 'undelivered')
            """,
            cancellationToken,
            ("$sid", twilioSid), ("$status", status), ("$code", errorCode), ("$now", Time(now))) > 0;

    /// <summary>Round-trip UTC text, which sorts in time order.</summary>
    private static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var write = await database.OpenForWriteAsync(cancellationToken);
        await using var command = write.Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
