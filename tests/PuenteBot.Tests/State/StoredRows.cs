using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Npgsql;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.State;

/// <summary>
/// Reads and arranges a <see cref="TestDatabase"/>'s rows directly, in SQL both providers accept, so a contract test
/// checks what was committed rather than what the store says.
/// </summary>
public static class StoredRows
{
    public sealed record Escalation(string Id, string ConversationId, string Urgency, string Reason, JsonObject Summary, string State, DateTimeOffset CreatedAt);

    public sealed record Delivery(string Notifier, string State, int Attempts, DateTimeOffset NextAttemptAt, string? LastError, DateTimeOffset? DeliveredAt, string IdempotencyKey);

    public static async Task<DbConnection> OpenAsync(TestDatabase database)
    {
        DbConnection connection = database.IsPostgres ? new NpgsqlConnection(database.ConnectionString) : new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }

    public static async Task<List<Escalation>> EscalationsAsync(TestDatabase database)
    {
        var rows = new List<Escalation>();
        await using var connection = await OpenAsync(database);
        await using var reader = await ReaderAsync(connection, "SELECT id, conversation_id, urgency, reason, summary, state, created_at FROM escalations ORDER BY created_at, id");
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            rows.Add(new Escalation(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                JsonNode.Parse(reader.GetString(4))!.AsObject(), reader.GetString(5), Time(reader, 6)!.Value));
        }

        return rows;
    }

    public static async Task<List<Delivery>> DeliveriesAsync(TestDatabase database, string escalationId)
    {
        var rows = new List<Delivery>();
        await using var connection = await OpenAsync(database);
        await using var reader = await ReaderAsync(
            connection,
            "SELECT notifier, state, attempts, next_attempt_at, last_error, delivered_at, idempotency_key FROM escalation_deliveries WHERE escalation_id = @id ORDER BY notifier",
            ("id", escalationId));
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            rows.Add(new Delivery(
                reader.GetString(0), reader.GetString(1), reader.GetInt32(2), Time(reader, 3)!.Value,
                reader.IsDBNull(4) ? null : reader.GetString(4), Time(reader, 5), reader.GetString(6)));
        }

        return rows;
    }

    /// <summary>What the outbox leaves once every one of <paramref name="notifiers"/> delivered the escalation (after a failed first try).</summary>
    public static async Task DeliveredAsync(TestDatabase database, string escalationId, params string[] notifiers)
    {
        foreach (var notifier in notifiers)
        {
            await ExecuteAsync(
                database,
                """
                INSERT INTO escalation_deliveries (escalation_id, notifier, state, attempts, next_attempt_at, last_error, delivered_at, idempotency_key)
                SELECT id, @notifier, 'delivered', 2, created_at, 'HttpRequestException', created_at, id || ':' || @notifier FROM escalations WHERE id = @id
                """,
                ("id", escalationId),
                ("notifier", notifier));
        }

        await ExecuteAsync(database, "UPDATE escalations SET state = 'delivered' WHERE id = @id", ("id", escalationId));
    }

    /// <summary>The conversation's state document exactly as stored.</summary>
    public static async Task<string> DataAsync(TestDatabase database, string conversationId)
    {
        await using var connection = await OpenAsync(database);
        await using var reader = await ReaderAsync(connection, "SELECT data FROM conversations WHERE id = @id", ("id", conversationId));
        Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken));
        return reader.GetString(0);
    }

    public static async Task<long> CountAsync(TestDatabase database, string table)
    {
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), CultureInfo.InvariantCulture);
    }

    public static async Task ExecuteAsync(TestDatabase database, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync(database);
        await using var command = Command(connection, sql, parameters);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<DbDataReader> ReaderAsync(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = Command(connection, sql, parameters);
        return await command.ExecuteReaderAsync(System.Data.CommandBehavior.Default, TestContext.Current.CancellationToken);
    }

    private static DbCommand Command(DbConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>SQLite keeps times as ISO 8601 text, PostgreSQL as <c>timestamptz</c>.</summary>
    private static DateTimeOffset? Time(DbDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        DBNull => null,
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture),
        DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
        var other => throw new InvalidOperationException($"Not a time: {other.GetType().Name}"),
    };
}
