using Npgsql;
using NpgsqlTypes;
using PuenteBot.State.Postgres;

namespace PuenteBot.Families.Postgres;

/// <summary>The <c>families</c> and <c>family_conversations</c> tables of the PostgreSQL database every instance shares.</summary>
public sealed class PostgresFamilyStore(PostgresDatabase database, TimeProvider clock) : IFamilyStore
{
    public async Task CreateAsync(FamilyRecord family, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO families (id, mrn, child_first_name, caregiver_name, phone, language, channel, clinician, created_at, search_names, reminders)
            VALUES (@id, @mrn, @child, @caregiver, @phone, @language, @channel, @clinician, @created, @search, @reminders)
            """,
            connection);
        command.Parameters.AddWithValue("id", family.Id);
        command.Parameters.AddWithValue("mrn", family.Mrn);
        command.Parameters.AddWithValue("child", family.ChildFirstName);
        command.Parameters.AddWithValue("caregiver", family.CaregiverName);
        command.Parameters.AddWithValue("phone", NpgsqlDbType.Text, (object?)family.Phone ?? DBNull.Value);
        command.Parameters.AddWithValue("language", family.Language);
        command.Parameters.AddWithValue("channel", family.Channel);
        command.Parameters.AddWithValue("clinician", NpgsqlDbType.Text, (object?)family.Clinician ?? DBNull.Value);
        command.Parameters.AddWithValue("created", family.CreatedAt.ToUniversalTime());
        command.Parameters.AddWithValue("search", FamilyRowReader.SearchNames(family));
        command.Parameters.AddWithValue("reminders", NpgsqlDbType.Boolean, (object?)family.Reminders ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> SetRemindersAsync(string familyId, bool? reminders, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("UPDATE families SET reminders = @reminders WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", familyId);
        command.Parameters.AddWithValue("reminders", NpgsqlDbType.Boolean, (object?)reminders ?? DBNull.Value);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<FamilyRecord?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT {FamilyRowReader.Columns} FROM families f WHERE f.id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        return (await FamilyRowReader.ReadAllAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task<FamilyRecord?> ForConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT {FamilyRowReader.Columns} FROM family_conversations c JOIN families f ON f.id = c.family_id
            WHERE c.conversation_id = @conversation
            """,
            connection);
        command.Parameters.AddWithValue("conversation", conversationId);
        return (await FamilyRowReader.ReadAllAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task LinkAsync(string conversationId, string familyId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO family_conversations (conversation_id, family_id, linked_at) VALUES (@conversation, @family, @now)
            ON CONFLICT (conversation_id) DO UPDATE SET family_id = excluded.family_id, linked_at = excluded.linked_at
            WHERE family_conversations.family_id <> excluded.family_id
            """,
            connection);
        command.Parameters.AddWithValue("conversation", conversationId);
        command.Parameters.AddWithValue("family", familyId);
        command.Parameters.AddWithValue("now", clock.GetUtcNow().ToUniversalTime());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ConversationsAsync(string familyId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT conversation_id FROM family_conversations WHERE family_id = @family ORDER BY linked_at DESC, conversation_id", connection);
        command.Parameters.AddWithValue("family", familyId);
        return await FamilyRowReader.ReadIdsAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<FamilyRecord>> RecentAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT {FamilyRowReader.Columns} FROM families f ORDER BY f.created_at DESC, f.id LIMIT @limit", connection);
        command.Parameters.AddWithValue("limit", Math.Max(0, limit));
        return await FamilyRowReader.ReadAllAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<FamilyRecord>> SearchAsync(string text, int limit, CancellationToken cancellationToken)
    {
        var needle = text.Trim();
        if (needle.Length == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT {FamilyRowReader.Columns} FROM families f
            WHERE f.mrn ILIKE @starts ESCAPE '\' OR f.search_names LIKE @contains ESCAPE '\'
            ORDER BY f.created_at DESC, f.id LIMIT @limit
            """,
            connection);
        command.Parameters.AddWithValue("starts", FamilyRowReader.StartsWith(needle));
        command.Parameters.AddWithValue("contains", FamilyRowReader.Contains(FamilyRowReader.Fold(needle)));
        command.Parameters.AddWithValue("limit", Math.Max(0, limit));
        return await FamilyRowReader.ReadAllAsync(command, cancellationToken);
    }
}
