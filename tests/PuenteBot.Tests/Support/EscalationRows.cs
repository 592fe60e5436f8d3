using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace PuenteBot.Tests.Support;

/// <summary>Reads the escalations table directly, to check what a turn committed.</summary>
public static class EscalationRows
{
    public sealed record Row(string ConversationId, string Urgency, string Reason, string Summary, string State);

    /// <summary>The rows of a SQLite file.</summary>
    public static async Task<List<Row>> ReadAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        return await ReadAsync(connection);
    }

    /// <summary>The rows of a test database of either provider (a PostgreSQL summary comes back as <c>jsonb</c> prints it).</summary>
    public static async Task<List<Row>> ReadAsync(TestDatabase database)
    {
        await using DbConnection connection = database.IsPostgres ? new NpgsqlConnection(database.ConnectionString) : new SqliteConnection(database.ConnectionString);
        return await ReadAsync(connection);
    }

    private static async Task<List<Row>> ReadAsync(DbConnection connection)
    {
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
