using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using PuenteBot.Channels.Sms.Sqlite;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.State.Sqlite;

/// <summary>
/// Conversations in one SQLite file. A save is one IMMEDIATE transaction that checks the version it loaded,
/// so two turns (or two processes) can never both write over the same state; a turn's escalations and late SMS
/// replies (<c>sms_outbox</c>) commit with it or not at all.
/// </summary>
public sealed class SqliteConversationStore(SqliteDatabase database, IOptions<StorageOptions> options) : IConversationStore
{
    private readonly TimeSpan urgentWriteTimeout = options.Value.UrgentWriteTimeout;

    public async Task<StoredConversation> LoadAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT data, version FROM conversations WHERE id = $id";
        command.Parameters.AddWithValue("$id", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredConversation(ConversationDataSerializer.Deserialize(reader.GetString(0)), reader.GetInt64(1))
            : new StoredConversation(new ConversationData(), 0);
    }

    public async Task<bool> TrySaveAsync(ConversationWrite write, CancellationToken cancellationToken)
    {
        await using var lease = write.Escalations.Count > 0 || write.EscalationUpdates.Count > 0
            ? await database.OpenForWriteAsync(urgentWriteTimeout, cancellationToken)
            : await database.OpenForWriteAsync(cancellationToken);
        var connection = lease.Connection;
        await using var transaction = connection.BeginTransaction(deferred: false);
        if (!await WriteStateAsync(connection, transaction, write, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        await AppendLogAsync(connection, transaction, write, cancellationToken);
        await InsertEscalationsAsync(connection, transaction, write, cancellationToken);
        await UpdateEscalationsAsync(connection, transaction, write, cancellationToken);
        if (write.LateSms?.Invoke() is { } sms)
        {
            await SqliteSmsOutboxInsert.ExecuteAsync(connection, transaction, sms, write.Now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<LogEntry>> ReadLogAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT direction, activity_id, activity_type, text, created_at
            FROM conversation_log WHERE conversation_id = $id ORDER BY id
            """;
        command.Parameters.AddWithValue("$id", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<LogEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new LogEntry(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture)));
        }

        return entries;
    }

    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken)) == 1;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    private static async Task<bool> WriteStateAsync(SqliteConnection connection, SqliteTransaction transaction, ConversationWrite write, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = write.ExpectedVersion == 0
            ? """
              INSERT INTO conversations (id, channel_id, version, data, created_at, updated_at)
              VALUES ($id, $channel, 1, $data, $now, $now)
              ON CONFLICT (id) DO NOTHING
              """
            : """
              UPDATE conversations SET data = $data, version = version + 1, updated_at = $now
              WHERE id = $id AND version = $expected
              """;
        command.Parameters.AddWithValue("$id", write.ConversationId);
        command.Parameters.AddWithValue("$channel", (object?)write.ChannelId ?? DBNull.Value);
        command.Parameters.AddWithValue("$data", ConversationDataSerializer.Serialize(write.Data));
        command.Parameters.AddWithValue("$now", Timestamp(write.Now));
        command.Parameters.AddWithValue("$expected", write.ExpectedVersion);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>The turn's log entries in one INSERT statement (one parse for the whole turn).</summary>
    private static async Task AppendLogAsync(SqliteConnection connection, SqliteTransaction transaction, ConversationWrite write, CancellationToken cancellationToken)
    {
        if (write.Log.Count == 0)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var rows = new System.Text.StringBuilder("INSERT INTO conversation_log (conversation_id, direction, activity_id, activity_type, text, created_at) VALUES ");
        command.Parameters.AddWithValue("$id", write.ConversationId);
        for (var i = 0; i < write.Log.Count; i++)
        {
            var entry = write.Log[i];
            rows.Append(i == 0 ? string.Empty : ", ").Append(CultureInfo.InvariantCulture, $"($id, $d{i}, $a{i}, $t{i}, $x{i}, $at{i})");
            command.Parameters.AddWithValue($"$d{i}", entry.Direction);
            command.Parameters.AddWithValue($"$a{i}", (object?)entry.ActivityId ?? DBNull.Value);
            command.Parameters.AddWithValue($"$t{i}", entry.ActivityType);
            command.Parameters.AddWithValue($"$x{i}", (object?)entry.Text ?? DBNull.Value);
            command.Parameters.AddWithValue($"$at{i}", Timestamp(entry.Timestamp));
        }

        command.CommandText = rows.ToString();
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task InsertEscalationsAsync(SqliteConnection connection, SqliteTransaction transaction, ConversationWrite write, CancellationToken cancellationToken)
    {
        foreach (var escalation in write.Escalations)
        {
            await EscalationInsert.ExecuteAsync(connection, transaction, write.ConversationId, escalation, write.Now, cancellationToken);
        }
    }

    /// <summary>
    /// Adds each update to its escalation's summary (<c>updates</c>, with the time) and makes the escalation due
    /// again for every notifier under a new idempotency key, so the care team gets it as an update. An update of an
    /// acknowledged escalation is kept in the summary; the clinician who acknowledged it sees it there.
    /// </summary>
    private static async Task UpdateEscalationsAsync(SqliteConnection connection, SqliteTransaction transaction, ConversationWrite write, CancellationToken cancellationToken)
    {
        foreach (var update in write.EscalationUpdates)
        {
            var entry = (System.Text.Json.Nodes.JsonObject)update.Entry.DeepClone();
            entry["at"] = Timestamp(write.Now);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                UPDATE escalations
                SET summary = json_set(summary, '$.updates', json_insert(COALESCE(json_extract(summary, '$.updates'), json('[]')), '$[#]', json($entry))),
                    state = CASE WHEN state = 'acknowledged' THEN state ELSE 'pending' END
                WHERE id = $id AND conversation_id = $conversation;
                UPDATE escalation_deliveries
                SET state = 'pending', attempts = 0, next_attempt_at = $now, last_error = NULL, delivered_at = NULL,
                    idempotency_key = escalation_id || ':' || notifier || ':update' ||
                        (SELECT json_array_length(summary, '$.updates') FROM escalations WHERE id = $id)
                WHERE escalation_id = $id;
                """;
            command.Parameters.AddWithValue("$id", update.EscalationId);
            command.Parameters.AddWithValue("$conversation", write.ConversationId);
            command.Parameters.AddWithValue("$entry", entry.ToJsonString(DialogJson.Options));
            command.Parameters.AddWithValue("$now", Timestamp(write.Now));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static string Timestamp(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
