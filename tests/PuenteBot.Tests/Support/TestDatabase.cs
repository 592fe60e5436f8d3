using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;
using PuenteBot.State;

namespace PuenteBot.Tests.Support;

/// <summary>
/// A throw-away database for one test on either provider: a SQLite file in a temporary folder, or a new database on
/// the PostgreSQL server named by <c>PUENTEBOT_POSTGRES</c> (an admin connection string; <c>tests/postgres/start.sh</c>
/// starts one), dropped at the end. Contract tests take the provider as a theory argument (<see cref="Providers"/>);
/// without a server the PostgreSQL cases skip, or fail under PUENTEBOT_REQUIRE_ALL=1.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ServerVariable = "PUENTEBOT_POSTGRES";

    private readonly TempFolder? folder;
    private readonly string? adminConnectionString;
    private readonly string? databaseName;

    private TestDatabase(string provider, string connectionString, TempFolder? folder, string? adminConnectionString, string? databaseName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.folder = folder;
        this.adminConnectionString = adminConnectionString;
        this.databaseName = databaseName;
    }

    public static TheoryData<string> Providers => [StorageOptions.Sqlite, StorageOptions.Postgres];

    public string Provider { get; }

    public string ConnectionString { get; }

    public bool IsPostgres => Provider == StorageOptions.Postgres;

    /// <summary>The folder beside a SQLite file (the escalation spool's default home); for PostgreSQL a temporary folder too.</summary>
    public string Folder => folder!.Path;

    public IOptions<StorageOptions> Options(Action<StorageOptions>? configure = null)
    {
        var options = new StorageOptions { Provider = Provider, ConnectionString = ConnectionString };
        configure?.Invoke(options);
        return Microsoft.Extensions.Options.Options.Create(options);
    }

    /// <summary>The settings that select this database, for <see cref="BotServices"/> and the web host.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = Provider,
        ["Storage:ConnectionString"] = ConnectionString,
    };

    /// <summary>The admin connection string of the test server, or null when none is configured.</summary>
    public static string? Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value ? value : null;

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        if (provider == StorageOptions.Sqlite)
        {
            var sqlite = new TempFolder();
            return new TestDatabase(provider, sqlite.ConnectionString, sqlite, null, null);
        }

        Requirements.SkipUnless(Server is not null, $"a PostgreSQL server: set {ServerVariable} to an admin connection string (tests/postgres/start.sh starts one from Debian's postgresql package)");
        var name = "pb_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var admin = new NpgsqlConnection(Server))
        {
            await admin.OpenAsync(TestContext.Current.CancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name};", admin);
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var builder = new NpgsqlConnectionStringBuilder(Server) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, new TempFolder(), Server, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (databaseName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(adminConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {databaseName} WITH (FORCE);", admin);
            await drop.ExecuteNonQueryAsync();
        }

        if (folder is not null)
        {
            SqliteConnection.ClearAllPools();
            folder.Dispose();
        }
    }
}
