using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using PuenteBot.Channels.Sms.Postgres;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.State.Postgres;

/// <summary>
/// Conversations in one PostgreSQL database that every instance shares. A save is one transaction whose first
/// statement checks the version it loaded and holds the row until the commit, so two turns (on any instances) can
/// never both write over the same state: the second finds no row at its version and writes nothing. A turn's
/// escalations and late SMS replies (<c>sms_outbox</c>) commit with it or not at all.
/// </summary>
public sealed class PostgresConversationStore(PostgresDatabase database, IOptions<StorageOptions> options) : IConversationStore
{
    private readonly TimeSpan urgentWriteTimeout = options.Value.UrgentWriteTimeout;

    public async Task<StoredConversation> LoadAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT data, version FROM conversations WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredConversation(ConversationDataSerializer.Deserialize(reader.GetString(0)), reader.GetInt64(1))
            : new StoredConversation(new ConversationData(), 0);
    }

    /// <summary>A write that carries escalations waits at most <c>Storage:UrgentWriteTimeout</c> for a connection, each lock and each statement.</summary>
    public async Task<bool> TrySaveAsync(ConversationWrite write, CancellationToken cancellationToken)
    {
        var urgent = write.Escalations.Count > 0 || write.EscalationUpdates.Count > 0;
        await using var connection = urgent
            ? await BoundedWaits.OpenAsync(database, urgentWriteTimeout, cancellationToken)
            : await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (urgent)
        {
            await BoundedWaits.LimitAsync(transaction, urgentWriteTimeout, cancellationToken);
        }

        if (!await WriteStateAsync(connection, transaction, write, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        await AppendLogAsync(connection, transaction, write, cancellationToken);
        foreach (var escalation in write.Escalations)
        {
            await PostgresEscalationInsert.ExecuteAsync(connection, transaction, write.ConversationId, escalation, write.Now, cancellationToken);
        }

        await UpdateEscalationsAsync(connection, transaction, write, cancellationToken);
        if (write.LateSms?.Invoke() is { } sms)
        {
            await PostgresSmsOutboxInsert.ExecuteAsync(connection, transaction, sms, write.Now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<LogEntry>> ReadLogAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT direction, activity_id, activity_type, text, created_at
            FROM conversation_log WHERE conversation_id = @id ORDER BY id
            """,
            connection);
        command.Parameters.AddWithValue("id", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<LogEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new LogEntry(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4)));
        }

        return entries;
    }

    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 1;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    /// <summary>
    /// A new conversation is inserted unless another turn inserted it first; a known one is updated only at the
    /// version it was loaded at. A rival waits for the row's lock, then finds nothing to change (one row or none).
    /// </summary>
    private static async Task<bool> WriteStateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ConversationWrite write, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(null, connection, transaction);
        if (write.ExpectedVersion == 0)
        {
            command.CommandText = """
                INSERT INTO conversations (id, channel_id, version, data, created_at, updated_at)
                VALUES (@id, @channel, 1, @data, @now, @now)
                ON CONFLICT (id) DO NOTHING
                """;
            command.Parameters.AddWithValue("channel", NpgsqlDbType.Text, (object?)write.ChannelId ?? DBNull.Value);
        }
        else
        {
            command.CommandText = """
                UPDATE conversations SET data = @data, version = version + 1, updated_at = @now
                WHERE id = @id AND version = @expected
                """;
            command.Parameters.AddWithValue("expected", write.ExpectedVersion);
        }

        command.Parameters.AddWithValue("id", write.ConversationId);
        command.Parameters.AddWithValue("data", ConversationDataSerializer.Serialize(write.Data));
        command.Parameters.AddWithValue("now", write.Now.ToUniversalTime());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>The turn's log entries in one INSERT statement, one array per column, kept in their order.</summary>
    private static async Task AppendLogAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ConversationWrite write, CancellationToken cancellationToken)
    {
        if (write.Log.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand(
            """
            INSERT INTO conversation_log (conversation_id, direction, activity_id, activity_type, text, created_at)
            SELECT @id, direction, activity_id, activity_type, text, created_at
            FROM unnest(@directions, @activity_ids, @activity_types, @texts, @times)
                WITH ORDINALITY AS entry (direction, activity_id, activity_type, text, created_at, position)
            ORDER BY position
            """,
            connection,
            transaction);
        command.Parameters.AddWithValue("id", write.ConversationId);
        command.Parameters.AddWithValue("directions", NpgsqlDbType.Array | NpgsqlDbType.Text, write.Log.Select(e => e.Direction).ToArray());
        command.Parameters.AddWithValue("activity_ids", NpgsqlDbType.Array | NpgsqlDbType.Text, write.Log.Select(e => e.ActivityId).ToArray());
        command.Parameters.AddWithValue("activity_types", NpgsqlDbType.Array | NpgsqlDbType.Text, write.Log.Select(e => e.ActivityType).ToArray());
        command.Parameters.AddWithValue("texts", NpgsqlDbType.Array | NpgsqlDbType.Text, write.Log.Select(e => e.Text).ToArray());
        command.Parameters.AddWithValue("times", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, write.Log.Select(e => e.Timestamp.ToUniversalTime()).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Adds each update to its escalation's summary (<c>updates</c>, with the time) and makes the escalation due
    /// again for every notifier under a new idempotency key, so the care team gets it as an update. An update of an
    /// acknowledged escalation is kept in the summary; the clinician who acknowledged it sees it there. The delivery
    /// rows are locked before the escalation, in the order the outbox takes them, so the two never deadlock.
    /// </summary>
    private static async Task UpdateEscalationsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ConversationWrite write, CancellationToken cancellationToken)
    {
        foreach (var update in write.EscalationUpdates)
        {
            var entry = (JsonObject)update.Entry.DeepClone();
            entry["at"] = write.Now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
            await using var command = new NpgsqlCommand(
                """
                SELECT 1 FROM escalation_deliveries WHERE escalation_id = @id ORDER BY notifier FOR UPDATE;
                UPDATE escalations
                SET summary = jsonb_set(summary, '{updates}', COALESCE(summary -> 'updates', '[]'::jsonb) || jsonb_build_array(@entry)),
                    state = CASE WHEN state = 'acknowledged' THEN state ELSE 'pending' END
                WHERE id = @id AND conversation_id = @conversation;
                UPDATE escalation_deliveries
                SET state = 'pending', attempts = 0, next_attempt_at = @now, last_error = NULL, delivered_at = NULL,
                    idempotency_key = escalation_id || ':' || notifier || ':update' ||
                        (SELECT jsonb_array_length(summary -> 'updates') FROM escalations WHERE id = @id)
                WHERE escalation_id = @id;
                """,
                connection,
                transaction);
            command.Parameters.AddWithValue("id", update.EscalationId);
            command.Parameters.AddWithValue("conversation", write.ConversationId);
            command.Parameters.AddWithValue("entry", NpgsqlDbType.Jsonb, entry.ToJsonString(DialogJson.Options));
            command.Parameters.AddWithValue("now", write.Now.ToUniversalTime());
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
