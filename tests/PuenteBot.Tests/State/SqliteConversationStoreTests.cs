using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.State;
using PuenteBot.State.Sqlite;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.State;

public class SqliteConversationStoreTests
{
    private static SqliteConversationStore Store(TempFolder folder)
    {
        var options = Options.Create(new StorageOptions { ConnectionString = folder.ConnectionString });
        return new(new SqliteDatabase(options), options);
    }

    private static ConversationWrite Write(string id, long version, string language, params LogEntry[] log) =>
        new(id, "test", version, new ConversationData { Language = language }, log, [], DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_new_conversation_loads_empty_at_version_zero()
    {
        using var folder = new TempFolder();

        var loaded = await Store(folder).LoadAsync("none", TestContext.Current.CancellationToken);

        Assert.Equal(0, loaded.Version);
        Assert.Empty(loaded.Data.DialogStack);
    }

    [Fact]
    public async Task A_save_at_a_stale_version_is_refused_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var store = Store(folder);
        var ct = TestContext.Current.CancellationToken;
        var entry = new LogEntry(LogEntry.Inbound, "a1", "message", "primero", DateTimeOffset.UtcNow);
        Assert.True(await store.TrySaveAsync(Write("c", 0, "es", entry), ct));

        var staleInsert = await store.TrySaveAsync(Write("c", 0, "en", entry with { Text = "segundo" }), ct);
        var staleUpdate = await store.TrySaveAsync(Write("c", 5, "en", entry with { Text = "tercero" }), ct);

        Assert.False(staleInsert);
        Assert.False(staleUpdate);
        var loaded = await store.LoadAsync("c", ct);
        Assert.Equal(1, loaded.Version);
        Assert.Equal("es", loaded.Data.Language);
        Assert.Equal(["primero"], (await store.ReadLogAsync("c", ct)).Select(e => e.Text));
    }

    [Fact]
    public async Task State_log_and_escalations_are_written_together()
    {
        using var folder = new TempFolder();
        var store = Store(folder);
        var ct = TestContext.Current.CancellationToken;
        var write = Write("c", 0, "es") with
        {
            Escalations = [new EscalationRequest(Urgency.Routine, "callback", new System.Text.Json.Nodes.JsonObject { ["when"] = "mañana" })],
        };

        Assert.True(await store.TrySaveAsync(write, ct));

        var row = Assert.Single(await EscalationRows.ReadAsync(folder.ConnectionString));
        Assert.Equal("pending", row.State);
        Assert.Equal("routine", row.Urgency);
    }

    [Fact]
    public async Task The_file_is_in_wal_mode_with_the_schema_at_its_latest_version_after_a_restart()
    {
        using var folder = new TempFolder();
        var ct = TestContext.Current.CancellationToken;
        await Store(folder).TrySaveAsync(Write("c", 0, "en"), ct);
        SqliteConnection.ClearAllPools();

        Assert.Equal(1, (await Store(folder).LoadAsync("c", ct)).Version);
        await using var connection = new SqliteConnection(folder.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode; PRAGMA user_version;";
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        Assert.Equal("wal", reader.GetString(0));
        await reader.NextResultAsync(ct);
        await reader.ReadAsync(ct);
        Assert.Equal(SqliteSchema.LatestVersion, reader.GetInt32(0));
    }

    [Fact]
    public async Task An_unreachable_database_reports_not_reachable()
    {
        using var folder = new TempFolder();
        var directoryAsFile = $"Data Source={folder.Path}";
        var options = Options.Create(new StorageOptions { ConnectionString = directoryAsFile });
        var store = new SqliteConversationStore(new SqliteDatabase(options), options);

        Assert.False(await store.IsReachableAsync(TestContext.Current.CancellationToken));
    }
}
