using Microsoft.Data.Sqlite;

namespace PuenteBot.Tests.Support;

/// <summary>Reads the escalations table directly, to check what a turn committed.</summary>
public static class EscalationRows
{
    public sealed record Row(string ConversationId, string Urgency, string Reason, string Summary, string State);

    public static async Task<List<Row>> ReadAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT conversation_id, urgency, reason, summary, state FROM escalations ORDER BY created_at";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Row>();
        while (await reader.ReadAsync())
        {
            rows.Add(new Row(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        }

        return rows;
    }
}
