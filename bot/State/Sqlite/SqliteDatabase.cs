using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace PuenteBot.State.Sqlite;

/// <summary>
/// The SQLite file: opens pooled connections in WAL mode and brings the schema up to date once per process,
/// before first use, the file made readable by the bot's user alone (<see cref="SqliteFilePermissions"/>).
/// </summary>
public sealed class SqliteDatabase(IOptions<StorageOptions> options)
{
    private readonly string connectionString = BuildConnectionString(options.Value.ConnectionString);
    private readonly int maxSizeMegabytes = options.Value.MaxSizeMegabytes;
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
        if (maxSizeMegabytes > 0)
        {
            await CapAsync(connection, cancellationToken);
        }

        return connection;
    }

    /// <summary>The file the database lives in (the folder beside it holds the escalation spool by default).</summary>
    public string FilePath => Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);

    /// <summary>
    /// Opens a connection for one write transaction, after the writes of this process before it. SQLite takes one
    /// writer at a time; queueing here instead of in SQLite's busy-retry loop (which sleeps) keeps latency flat.
    /// Dispose the returned lease to let the next writer in.
    /// </summary>
    public Task<WriteLease> OpenForWriteAsync(CancellationToken cancellationToken) => OpenForWriteAsync(null, cancellationToken);

    /// <summary>
    /// As <see cref="OpenForWriteAsync(CancellationToken)"/>, waiting at most <paramref name="wait"/> for the writers
    /// before it and (rounded up to whole seconds) for a lock another process holds; <see cref="TimeoutException"/> after it.
    /// </summary>
    public async Task<WriteLease> OpenForWriteAsync(TimeSpan? wait, CancellationToken cancellationToken)
    {
        if (wait is { } limit)
        {
            if (!await writer.WaitAsync(limit, cancellationToken))
            {
                throw new TimeoutException("The database's writers did not let this write in within the wait.");
            }
        }
        else
        {
            await writer.WaitAsync(cancellationToken);
        }

        try
        {
            var connection = await OpenAsync(cancellationToken);
            if (wait is { } busy)
            {
                connection.DefaultTimeout = Math.Max(1, (int)Math.Ceiling(busy.TotalSeconds));
            }

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

    private async Task CapAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA page_size;";
        var pageSize = Convert.ToInt64(await pragma.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        pragma.CommandText = $"PRAGMA max_page_count = {maxSizeMegabytes * 1024L * 1024L / pageSize};";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
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

            SqliteFilePermissions.RestrictToOwner(connectionString);
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
