using Npgsql;
using NpgsqlTypes;
using PuenteBot.Escalations.Summaries;
using PuenteBot.State.Postgres;

namespace PuenteBot.Escalations.Postgres;

/// <summary>The escalations table of the PostgreSQL database every instance shares.</summary>
public sealed class PostgresEscalationStore(PostgresDatabase database, TimeProvider clock) : IEscalationStore
{
    public async Task<EscalationPage> ListAsync(EscalationQuery query, CancellationToken cancellationToken)
    {
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, EscalationQuery.MaxPageSize);
        const string Filter = "(@state IS NULL OR e.state = @state) AND (@urgency IS NULL OR e.urgency = @urgency)";
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT {EscalationRowReader.Columns} FROM escalations e WHERE {Filter}
            ORDER BY e.created_at DESC, e.id DESC LIMIT @size OFFSET @offset;
            SELECT COUNT(*) FROM escalations e WHERE {Filter};
            """,
            connection);
        command.Parameters.AddWithValue("state", NpgsqlDbType.Text, (object?)query.State ?? DBNull.Value);
        command.Parameters.AddWithValue("urgency", NpgsqlDbType.Text, (object?)query.Urgency ?? DBNull.Value);
        command.Parameters.AddWithValue("size", size);
        command.Parameters.AddWithValue("offset", (long)(page - 1) * size);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<EscalationRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(EscalationRowReader.Read(reader));
        }

        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new EscalationPage(items, (int)reader.GetInt64(0), page, size);
    }

    public async Task<IReadOnlyList<EscalationRecord>> QueueAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT {EscalationRowReader.Columns} FROM escalations e WHERE e.state <> 'acknowledged'
            ORDER BY {EscalationRowReader.UrgencyRank}, e.created_at, e.id LIMIT @limit
            """,
            connection);
        command.Parameters.AddWithValue("limit", Math.Max(0, limit));
        return await EscalationRowReader.ReadAllAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<EscalationRecord>> ForConversationAsync(string conversationId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"SELECT {EscalationRowReader.Columns} FROM escalations e WHERE e.conversation_id = @conversation ORDER BY e.created_at DESC, e.id DESC LIMIT @limit", connection);
        command.Parameters.AddWithValue("conversation", conversationId);
        command.Parameters.AddWithValue("limit", Math.Max(0, limit));
        return await EscalationRowReader.ReadAllAsync(command, cancellationToken);
    }

    public async Task<EscalationRecord?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT {EscalationRowReader.Columns} FROM escalations e WHERE e.id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        return (await EscalationRowReader.ReadAllAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>Two acknowledgements at once queue on the row's lock; the second then finds the first one's name and time.</summary>
    public async Task<bool> AcknowledgeAsync(string id, string acknowledgedBy, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            UPDATE escalations SET state = 'acknowledged',
                acknowledged_by = COALESCE(acknowledged_by, @by), acknowledged_at = COALESCE(acknowledged_at, @now)
            WHERE id = @id
            """,
            connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("by", acknowledgedBy);
        command.Parameters.AddWithValue("now", clock.GetUtcNow().ToUniversalTime());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>The gists merged into <c>gists.{language}</c> under the row's lock: what is stored stays.</summary>
    public async Task<bool> AddGistsAsync(string id, string language, IReadOnlyDictionary<string, string> gists, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $$"""
            UPDATE escalations
            SET summary = jsonb_set(summary, '{{{EscalationGists.Key}}}', COALESCE(summary -> '{{EscalationGists.Key}}', '{}'::jsonb)
                || jsonb_build_object(@language::text, COALESCE(summary -> '{{EscalationGists.Key}}' -> @language::text, '{}'::jsonb) || @gists))
            WHERE id = @id AND summary -> '{{Privacy.EscalationRedaction.Key}}' IS NULL
            """,
            connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("language", language);
        command.Parameters.AddWithValue("gists", NpgsqlDbType.Jsonb, EscalationGists.ToJson(gists).ToJsonString());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
