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
    private readonly SemaphoreSlim writer = new(1, 1);
    private volatile bool initialized;

    /// <summary>A pooled connection for reading (WAL readers never wait for the writer).</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!initialized)
        {
            await InitializeAsync(cancellationToken);
        }

        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>
    /// Opens a connection for one write transaction, after the writes of this process before it. SQLite takes one
    /// writer at a time; queueing here instead of in SQLite's busy-retry loop (which sleeps) keeps latency flat.
    /// Dispose the returned lease to let the next writer in.
    /// </summary>
    public async Task<WriteLease> OpenForWriteAsync(CancellationToken cancellationToken)
    {
        await writer.WaitAsync(cancellationToken);
        try
        {
            var connection = await OpenAsync(cancellationToken);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous = NORMAL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return new WriteLease(connection, writer);
        }
        catch
        {
            writer.Release();
            throw;
        }
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
