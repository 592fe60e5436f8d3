using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Npgsql;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Hosting;

/// <summary>
/// The health endpoints of a running bot whose database then becomes unreadable (the SQLite file overwritten with
/// bytes that are not a database; the PostgreSQL database closed to connections and its sessions ended): ready and the
/// summary answer 503 and name the database, live still answers 200, and ready comes back once the database does.
/// </summary>
public class HealthUnderDatabaseFailureTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_unreadable_database_makes_ready_503_while_live_stays_200(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var factory = new BotApplicationFactory(new Dictionary<string, string?>(db.Settings) { ["Escalation:Spool:Folder"] = Path.Combine(db.Folder, "spool") });
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz/ready", TestContext.Current.CancellationToken)).StatusCode);

        await using (await BreakAsync(db))
        {
            var ready = await client.GetAsync("/healthz/ready", TestContext.Current.CancellationToken);
            var summary = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
            var live = await client.GetAsync("/healthz/live", TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, summary.StatusCode);
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            var body = JsonNode.Parse(await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
            Assert.Equal("unavailable", (string?)body["status"]);
            Assert.Contains((string?)body["database"], new[] { "unreachable", "not_writable" });
            Assert.Equal("unknown", (string?)body["escalations"]);
            Assert.Equal("{\"status\":\"ok\"}", await live.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        var again = await client.GetAsync("/healthz/ready", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    /// <summary>Makes <paramref name="db"/> unreadable to the bot until the handle is disposed.</summary>
    private static async Task<IAsyncDisposable> BreakAsync(TestDatabase db)
    {
        if (!db.IsPostgres)
        {
            return await UnreadableFile.BreakAsync(new SqliteConnectionStringBuilder(db.ConnectionString).DataSource);
        }

        var name = new NpgsqlConnectionStringBuilder(db.ConnectionString).Database!;
        await AdminAsync($"ALTER DATABASE {name} WITH ALLOW_CONNECTIONS false; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}';");
        NpgsqlConnection.ClearAllPools();
        return new Restore(() => AdminAsync($"ALTER DATABASE {name} WITH ALLOW_CONNECTIONS true;"));
    }

    private static async Task AdminAsync(string sql)
    {
        await using var admin = new NpgsqlConnection(TestDatabase.Server);
        await admin.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The SQLite file (and its WAL) set aside and bytes that are not a database put in its place; disposing puts the real file back.</summary>
    private sealed class UnreadableFile(string path) : IAsyncDisposable
    {
        private static readonly string[] Suffixes = ["", "-wal", "-shm"];

        public static async Task<UnreadableFile> BreakAsync(string path)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in Suffixes.Where(s => File.Exists(path + s)))
            {
                File.Move(path + suffix, path + suffix + ".aside");
            }

            await File.WriteAllBytesAsync(path, [.. Enumerable.Repeat((byte)'x', 8192)], TestContext.Current.CancellationToken);
            return new UnreadableFile(path);
        }

        public ValueTask DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
            foreach (var suffix in Suffixes.Where(s => File.Exists(path + s + ".aside")))
            {
                File.Move(path + suffix + ".aside", path + suffix, overwrite: true);
            }

            return ValueTask.CompletedTask;
        }
    }

    private sealed class Restore(Func<Task> restore) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await restore();
    }
}
