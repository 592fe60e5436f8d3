using PuenteBot.Escalations.Summaries;
using PuenteBot.State.Sqlite;

namespace PuenteBot.Escalations.Sqlite;

/// <summary>The escalations table of the bot's SQLite file.</summary>
public sealed class SqliteEscalationStore(SqliteDatabase database, TimeProvider clock) : IEscalationStore
{
    public async Task<EscalationPage> ListAsync(EscalationQuery query, CancellationToken cancellationToken)
    {
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, EscalationQuery.MaxPageSize);
        const string Filter = "($state IS NULL OR e.state = $state) AND ($urgency IS NULL OR e.urgency = $urgency)";
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {EscalationRowReader.Columns} FROM escalations e WHERE {Filter}
            ORDER BY e.created_at DESC, e.id DESC LIMIT $size OFFSET $offset;
            SELECT COUNT(*) FROM escalations e WHERE {Filter};
            """;
        command.Parameters.AddWithValue("$state", (object?)query.State ?? DBNull.Value);
        command.Parameters.AddWithValue("$urgency", (object?)query.Urgency ?? DBNull.Value);
        command.Parameters.AddWithValue("$size", size);
        command.Parameters.AddWithValue("$offset", (long)(page - 1) * size);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<EscalationRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(EscalationRowReader.Read(reader));
        }

        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new EscalationPage(items, reader.GetInt32(0), page, size);
    }

    public async Task<IReadOnlyList<EscalationRecord>> QueueAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {EscalationRowReader.Columns} FROM escalations e WHERE e.state <> 'acknowledged'
            ORDER BY {EscalationRowReader.UrgencyRank}, e.created_at, e.id LIMIT $limit
            """;
        command.Parameters.AddWithValue("$limit", Math.Max(0, limit));
        return await EscalationRowReader.ReadAllAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<EscalationRecord>> ForConversationAsync(string conversationId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {EscalationRowReader.Columns} FROM escalations e WHERE e.conversation_id = $conversation ORDER BY e.created_at DESC, e.id DESC LIMIT $limit";
        command.Parameters.AddWithValue("$conversation", conversationId);
        command.Parameters.AddWithValue("$limit", Math.Max(0, limit));
        return await EscalationRowReader.ReadAllAsync(command, cancellationToken);
    }

    public async Task<EscalationRecord?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {EscalationRowReader.Columns} FROM escalations e WHERE e.id = $id";
        command.Parameters.AddWithValue("$id", id);
        return (await EscalationRowReader.ReadAllAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task<bool> AcknowledgeAsync(string id, string acknowledgedBy, CancellationToken cancellationToken)
    {
        await using var lease = await database.OpenForWriteAsync(cancellationToken);
        await using var command = lease.Connection.CreateCommand();
        command.CommandText = """
            UPDATE escalations SET state = 'acknowledged',
                acknowledged_by = COALESCE(acknowledged_by, $by), acknowledged_at = COALESCE(acknowledged_at, $now)
            WHERE id = $id
            """;
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$by", acknowledgedBy);
        command.Parameters.AddWithValue("$now", SqliteTime.Text(clock.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>A JSON merge patch (<c>json_patch</c>) of <c>{"gists": {language: gists}}</c>: what is stored stays.</summary>
    public async Task<bool> AddGistsAsync(string id, string language, IReadOnlyDictionary<string, string> gists, CancellationToken cancellationToken)
    {
        var patch = new System.Text.Json.Nodes.JsonObject { [EscalationGists.Key] = new System.Text.Json.Nodes.JsonObject { [language] = EscalationGists.ToJson(gists) } };
        await using var lease = await database.OpenForWriteAsync(cancellationToken);
        await using var command = lease.Connection.CreateCommand();
        command.CommandText = $"UPDATE escalations SET summary = json_patch(summary, $patch) WHERE id = $id AND json_extract(summary, '$.{Privacy.EscalationRedaction.Key}') IS NULL";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$patch", patch.ToJsonString());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
