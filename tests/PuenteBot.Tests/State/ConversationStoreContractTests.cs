using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Npgsql;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.State;
using PuenteBot.State.Postgres;
using PuenteBot.State.Sqlite;
using PuenteBot.Tests.Support;
using static PuenteBot.Tests.State.ContractWrites;

namespace PuenteBot.Tests.State;

/// <summary>What every <see cref="IConversationStore"/> does, run on SQLite and on PostgreSQL with the same expectations.</summary>
public class ConversationStoreContractTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_new_conversation_loads_empty_at_version_zero(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var subject = new StoreUnderTest(db);

        var loaded = await subject.Store.LoadAsync("none", TestContext.Current.CancellationToken);

        Assert.Equal(0, loaded.Version);
        Assert.Empty(loaded.Data.DialogStack);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_save_at_a_stale_version_is_refused_and_writes_nothing(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var subject = new StoreUnderTest(db);
        var store = subject.Store;
        var ct = TestContext.Current.CancellationToken;
        var entry = new LogEntry(LogEntry.Inbound, "a1", "message", "primero", DateTimeOffset.UtcNow);
        Assert.True(await store.TrySaveAsync(Write("c", 0, "es", entry), ct));

        var staleInsert = await store.TrySaveAsync(Write("c", 0, "en", entry with { Text = "segundo" }) with { Escalations = [Escalation()] }, ct);
        var staleUpdate = await store.TrySaveAsync(Write("c", 5, "en", entry with { Text = "tercero" }), ct);

        Assert.False(staleInsert);
        Assert.False(staleUpdate);
        var loaded = await store.LoadAsync("c", ct);
        Assert.Equal(1, loaded.Version);
        Assert.Equal("es", loaded.Data.Language);
        Assert.Equal(["primero"], (await store.ReadLogAsync("c", ct)).Select(e => e.Text));
        Assert.Empty(await StoredRows.EscalationsAsync(db));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Fifty_concurrent_turns_that_reload_and_retry_lose_no_update(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var subject = new StoreUnderTest(db);
        var store = subject.Store;
        var ct = TestContext.Current.CancellationToken;

        await Task.WhenAll(Enumerable.Range(1, 50).Select(turn => Task.Run(
            async () =>
            {
                while (true)
                {
                    var loaded = await store.LoadAsync("c", ct);
                    loaded.Data.TurnCount++;
                    loaded.Data.Values[$"turn{turn}"] = turn;
                    var entry = new LogEntry(LogEntry.Inbound, $"a{turn}", "message", $"turn {turn}", Now);
                    if (await store.TrySaveAsync(new ConversationWrite("c", "test", loaded.Version, loaded.Data, [entry], [], Now), ct))
                    {
                        return;
                    }
                }
            },
            ct)));

        var saved = await store.LoadAsync("c", ct);
        Assert.Equal(50, saved.Version);
        Assert.Equal(50, saved.Data.TurnCount);
        Assert.Equal(50, saved.Data.Values.Count);
        var log = await store.ReadLogAsync("c", ct);
        Assert.Equal(Enumerable.Range(1, 50).Select(turn => $"a{turn}").Order(), log.Select(e => e.ActivityId!).Order());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_log_reads_back_oldest_first_with_its_empty_fields_and_times(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var subject = new StoreUnderTest(db);
        var store = subject.Store;
        var ct = TestContext.Current.CancellationToken;
        var clientTime = new DateTimeOffset(2026, 12, 4, 13, 29, 58, 125, TimeSpan.FromHours(-5));
        LogEntry[] first = [new(LogEntry.Inbound, "a1", "message", "hola", clientTime), new(LogEntry.Outbound, null, "typing", null, Now)];
        LogEntry[] second = [new(LogEntry.Inbound, "a2", "message", "¿qué sigue?", Now.AddSeconds(5)), new(LogEntry.Outbound, "r2", "message", "Mañana a las 10.", Now.AddSeconds(5))];

        Assert.True(await store.TrySaveAsync(Write("c", 0, "es", first), ct));
        Assert.True(await store.TrySaveAsync(Write("c", 1, "es", second), ct));
        Assert.True(await store.TrySaveAsync(Write("other", 0, "en", new LogEntry(LogEntry.Inbound, "x", "message", "hi", Now)), ct));

        var log = await store.ReadLogAsync("c", ct);
        Assert.Equal([.. first, .. second], log);
        Assert.All(log, entry => Assert.Equal(TimeSpan.Zero, entry.Timestamp.Offset));
        Assert.Empty(await store.ReadLogAsync("none", ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_state_is_stored_as_the_serializer_writes_it(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var subject = new StoreUnderTest(db);
        var ct = TestContext.Current.CancellationToken;
        var data = new ConversationData { Language = "es", Consented = true, LastMessageAt = Now, Values = new JsonObject { ["niño"] = "Ána", ["n"] = 3 } };

        Assert.True(await subject.Store.TrySaveAsync(new ConversationWrite("c", "sms", 0, data, [], [], Now), ct));

        Assert.Equal(ConversationDataSerializer.Serialize(data), await StoredRows.DataAsync(db, "c"));
        var loaded = await subject.Store.LoadAsync("c", ct);
        Assert.Equal(ConversationDataSerializer.Serialize(data), ConversationDataSerializer.Serialize(loaded.Data));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task State_log_and_escalations_are_written_together(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var subject = new StoreUnderTest(db);
        var ct = TestContext.Current.CancellationToken;
        var write = Write("c", 0, "es") with
        {
            Escalations = [new EscalationRequest(Urgency.Routine, "callback", new JsonObject { ["when"] = "mañana" })],
        };

        Assert.True(await subject.Store.TrySaveAsync(write, ct));

        var row = Assert.Single(await StoredRows.EscalationsAsync(db));
        Assert.Equal("pending", row.State);
        Assert.Equal("routine", row.Urgency);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_schema_is_at_its_latest_version_and_the_state_kept_after_a_restart(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await using (var first = new StoreUnderTest(db))
        {
            await first.Store.TrySaveAsync(Write("c", 0, "en"), ct);
        }

        SqliteConnection.ClearAllPools();

        await using var restarted = new StoreUnderTest(db);
        Assert.Equal(1, (await restarted.Store.LoadAsync("c", ct)).Version);
        await using var connection = await StoredRows.OpenAsync(db);
        await using var command = connection.CreateCommand();
        if (db.IsPostgres)
        {
            command.CommandText = "SELECT MAX(version) FROM schema_migrations";
            Assert.Equal(PostgresSchema.LatestVersion, Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture));
            return;
        }

        command.CommandText = "PRAGMA journal_mode; PRAGMA user_version;";
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        Assert.Equal("wal", reader.GetString(0));
        await reader.NextResultAsync(ct);
        await reader.ReadAsync(ct);
        Assert.Equal(SqliteSchema.LatestVersion, reader.GetInt32(0));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_unreachable_database_reports_not_reachable(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var subject = new StoreUnderTest(db, options => options.ConnectionString = Unreachable(db));

        Assert.False(await subject.Store.IsReachableAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_reachable_database_reports_reachable(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var subject = new StoreUnderTest(db);

        Assert.True(await subject.Store.IsReachableAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>A database that cannot be opened: a folder where the SQLite file should be, or a PostgreSQL database that does not exist.</summary>
    internal static string Unreachable(TestDatabase db) => db.IsPostgres
        ? new NpgsqlConnectionStringBuilder(db.ConnectionString) { Database = "pb_missing_" + Guid.NewGuid().ToString("N")[..8] }.ConnectionString
        : $"Data Source={db.Folder}";
}
