using Npgsql;
using NpgsqlTypes;
using PuenteBot.Protocol;
using PuenteBot.State.Postgres;

namespace PuenteBot.Channels.DirectLine.Storage;

/// <summary>
/// The embedded Direct Line in PostgreSQL. An append takes the conversation's row lock to hand out its sequences,
/// so activities of one conversation commit in sequence order on every instance, and it sends
/// <c>NOTIFY puentebot_directline, '{conversationId}'</c> in the same transaction (delivered on commit). Activities are
/// kept as text, not jsonb: jsonb refuses the <c>\u0000</c> a repaired activity may carry.
/// </summary>
public sealed class PostgresDirectLineStore(PostgresDatabase database) : IDirectLineStore
{
    public const string NotifyChannel = "puentebot_directline";

    public async Task CreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO directline_conversations (id, token_key, last_sequence, created_at, last_activity_at)
            VALUES (@id, @key, @sequence, @created, @used)
            """, connection);
        command.Parameters.AddWithValue("id", conversation.Id);
        command.Parameters.AddWithValue("key", conversation.TokenKey);
        command.Parameters.AddWithValue("sequence", conversation.LastSequence);
        command.Parameters.AddWithValue("created", conversation.CreatedAt.ToUniversalTime());
        command.Parameters.AddWithValue("used", conversation.LastActivityAt.ToUniversalTime());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT token_key, last_sequence, created_at, last_activity_at FROM directline_conversations WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new DirectLineConversation(conversationId, reader.GetFieldValue<byte[]>(0), reader.GetInt64(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetFieldValue<DateTimeOffset>(3))
            : null;
    }

    public async Task<bool> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var reserve = new NpgsqlCommand(
            """
            UPDATE directline_conversations SET last_sequence = last_sequence + @count, last_activity_at = @now
            WHERE id = @id RETURNING last_sequence
            """, connection, transaction);
        reserve.Parameters.AddWithValue("id", conversationId);
        reserve.Parameters.AddWithValue("count", (long)activities.Count);
        reserve.Parameters.AddWithValue("now", now.ToUniversalTime());
        if (await reserve.ExecuteScalarAsync(cancellationToken) is not long last)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        var first = last - activities.Count + 1;
        for (var i = 0; i < activities.Count; i++)
        {
            StoredActivity.Stamp(activities[i], conversationId, first + i, now);
            var insert = new NpgsqlBatchCommand(
                "INSERT INTO directline_activities (conversation_id, sequence, activity, created_at) VALUES (@id, @sequence, @activity, @now)");
            insert.Parameters.AddWithValue("id", conversationId);
            insert.Parameters.AddWithValue("sequence", first + i);
            insert.Parameters.AddWithValue("activity", NpgsqlDbType.Text, StoredActivity.Serialize(activities[i]));
            insert.Parameters.AddWithValue("now", now.ToUniversalTime());
            batch.BatchCommands.Add(insert);
        }

        var notify = new NpgsqlBatchCommand("SELECT pg_notify(@channel, @id)");
        notify.Parameters.AddWithValue("channel", NotifyChannel);
        notify.Parameters.AddWithValue("id", conversationId);
        batch.BatchCommands.Add(notify);
        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<ActivityPage?> SinceAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT c.last_sequence, a.activity FROM directline_conversations c
            LEFT JOIN directline_activities a ON a.conversation_id = c.id AND a.sequence > @watermark
            WHERE c.id = @id ORDER BY a.sequence
            """, connection);
        command.Parameters.AddWithValue("id", conversationId);
        command.Parameters.AddWithValue("watermark", watermark);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await StoredActivity.ReadPageAsync(reader, cancellationToken);
    }

    public async Task TouchAsync(string conversationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "UPDATE directline_conversations SET last_activity_at = @now WHERE id = @id AND last_activity_at < @now", connection);
        command.Parameters.AddWithValue("id", conversationId);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>One statement: an append that reaches a conversation first keeps it (its row is no longer idle when re-checked).</summary>
    public async Task<int> DeleteIdleAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            WITH idle AS (DELETE FROM directline_conversations WHERE last_activity_at < @cutoff RETURNING id),
                 gone AS (DELETE FROM directline_activities WHERE conversation_id IN (SELECT id FROM idle))
            SELECT count(*) FROM idle
            """, connection);
        command.Parameters.AddWithValue("cutoff", cutoff.ToUniversalTime());
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT id FROM directline_conversations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await StoredActivity.ReadIdsAsync(reader, cancellationToken);
    }
}
