using System.Globalization;
using Microsoft.Data.Sqlite;
using PuenteBot.Protocol;
using PuenteBot.State.Sqlite;

namespace PuenteBot.Channels.DirectLine.Storage;

/// <summary>
/// The embedded Direct Line in the SQLite file. Appends are IMMEDIATE transactions, so sequences are handed out
/// one writer at a time across processes; a read is one statement, so its watermark matches its activities.
/// </summary>
public sealed class SqliteDirectLineStore(SqliteDatabase database) : IDirectLineStore
{
    public async Task CreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        await using var lease = await database.OpenForWriteAsync(cancellationToken);
        await using var command = lease.Connection.CreateCommand();
        command.CommandText = """
            INSERT INTO directline_conversations (id, token_key, last_sequence, created_at, last_activity_at)
            VALUES ($id, $key, $sequence, $created, $used)
            """;
        command.Parameters.AddWithValue("$id", conversation.Id);
        command.Parameters.AddWithValue("$key", conversation.TokenKey);
        command.Parameters.AddWithValue("$sequence", conversation.LastSequence);
        command.Parameters.AddWithValue("$created", Time(conversation.CreatedAt));
        command.Parameters.AddWithValue("$used", Time(conversation.LastActivityAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT token_key, last_sequence, created_at, last_activity_at FROM directline_conversations WHERE id = $id";
        command.Parameters.AddWithValue("$id", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new DirectLineConversation(conversationId, reader.GetFieldValue<byte[]>(0), reader.GetInt64(1), ReadTime(reader.GetString(2)), ReadTime(reader.GetString(3)))
            : null;
    }

    public async Task<bool> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var lease = await database.OpenForWriteAsync(cancellationToken);
        var connection = lease.Connection;
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var reserve = connection.CreateCommand();
        reserve.Transaction = transaction;
        reserve.CommandText = """
            UPDATE directline_conversations SET last_sequence = last_sequence + $count, last_activity_at = $now
            WHERE id = $id RETURNING last_sequence
            """;
        reserve.Parameters.AddWithValue("$id", conversationId);
        reserve.Parameters.AddWithValue("$count", activities.Count);
        reserve.Parameters.AddWithValue("$now", Time(now));
        if (await reserve.ExecuteScalarAsync(cancellationToken) is not long last)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO directline_activities (conversation_id, sequence, activity, created_at)
            VALUES ($id, $sequence, $activity, $now)
            """;
        insert.Parameters.AddWithValue("$id", conversationId);
        insert.Parameters.AddWithValue("$now", Time(now));
        var sequence = insert.Parameters.Add("$sequence", SqliteType.Integer);
        var json = insert.Parameters.Add("$activity", SqliteType.Text);
        var first = last - activities.Count + 1;
        for (var i = 0; i < activities.Count; i++)
        {
            StoredActivity.Stamp(activities[i], conversationId, first + i, now);
            sequence.Value = first + i;
            json.Value = StoredActivity.Serialize(activities[i]);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<ActivityPage?> SinceAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.last_sequence, a.activity FROM directline_conversations c
            LEFT JOIN directline_activities a ON a.conversation_id = c.id AND a.sequence > $watermark
            WHERE c.id = $id ORDER BY a.sequence
            """;
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$watermark", watermark);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await StoredActivity.ReadPageAsync(reader, cancellationToken);
    }

    public async Task TouchAsync(string conversationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var lease = await database.OpenForWriteAsync(cancellationToken);
        await using var command = lease.Connection.CreateCommand();
        command.CommandText = "UPDATE directline_conversations SET last_activity_at = $now WHERE id = $id AND last_activity_at < $now";
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$now", Time(now));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> DeleteIdleAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        if (!await AnyIdleAsync(cutoff, cancellationToken))
        {
            return 0;
        }

        await using var lease = await database.OpenForWriteAsync(cancellationToken);
        var connection = lease.Connection;
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            DELETE FROM directline_activities
            WHERE conversation_id IN (SELECT id FROM directline_conversations WHERE last_activity_at < $cutoff);
            DELETE FROM directline_conversations WHERE last_activity_at < $cutoff;
            SELECT changes();
            """;
        command.Parameters.AddWithValue("$cutoff", Time(cutoff));
        var deleted = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM directline_conversations";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await StoredActivity.ReadIdsAsync(reader, cancellationToken);
    }

    /// <summary>A read first, so that a clean-up with nothing to delete never waits for the file's write lock.</summary>
    private async Task<bool> AnyIdleAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM directline_conversations WHERE last_activity_at < $cutoff)";
        command.Parameters.AddWithValue("$cutoff", Time(cutoff));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 1;
    }

    /// <summary>UTC in ISO 8601 round-trip form, so that the text order of the column is its time order.</summary>
    private static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ReadTime(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture);
}
