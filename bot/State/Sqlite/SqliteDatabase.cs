using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace PuenteBot.State.Sqlite;

/// <summary>
/// The SQLite file: opens pooled connections in WAL mode and brings the schema up to date once per process,
/// before first use.
/// </summary>
public sealed class SqliteDatabase(IOptions<StorageOptions> options)
{
    private readonly string connectionString = BuildConnectionString(options.Value.ConnectionString);
    private readonly SemaphoreSlim initialization = new(1, 1);
    private volatile bool initialized;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!initialized)
        {
            await InitializeAsync(cancellationToken);
        }

        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await initialization.WaitAsync(cancellationToken);
        try
        {
            if (initialized)
            {
                return;
            }

            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await SqliteSchema.MigrateAsync(connection, cancellationToken);
            initialized = true;
        }
        finally
        {
            initialization.Release();
        }
    }

    private static string BuildConnectionString(string configured)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured) ? $"Data Source={DefaultPath()}" : configured)
        {
            Pooling = true,
            DefaultTimeout = 30,
        };
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return builder.ToString();
    }

    /// <summary>puentebot.db in the user's local data folder (for example ~/.local/share/PuenteBot on Linux).</summary>
    public static string DefaultPath()
    {
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        if (string.IsNullOrEmpty(root))
        {
            root = Path.GetTempPath();
        }

        return Path.Combine(root, "PuenteBot", "puentebot.db");
    }
}
