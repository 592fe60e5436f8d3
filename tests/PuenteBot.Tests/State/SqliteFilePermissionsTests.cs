using Microsoft.Extensions.Options;
using PuenteBot.State;
using PuenteBot.State.Sqlite;

namespace PuenteBot.Tests.State;

/// <summary>The SQLite file and its WAL companions are readable by the bot's user alone (0600), new or left wider by an older version.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SqliteFilePermissionsTests : IDisposable
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly string folder = Directory.CreateTempSubdirectory("puentebot-mode-").FullName;

    [Fact]
    public async Task A_new_database_and_its_wal_and_shm_files_are_mode_0600()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        var path = Path.Combine(folder, "new.db");

        await WriteAsync(path);

        Assert.All([path, path + "-wal", path + "-shm"], file => Assert.Equal(OwnerOnly, File.GetUnixFileMode(file)));
    }

    [Fact]
    public async Task An_existing_world_readable_database_is_narrowed_to_0600()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        var path = Path.Combine(folder, "old.db");
        await File.WriteAllBytesAsync(path, [], TestContext.Current.CancellationToken);
        File.SetUnixFileMode(path, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        await WriteAsync(path);

        Assert.Equal(OwnerOnly, File.GetUnixFileMode(path));
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(path + "-wal"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static async Task WriteAsync(string path)
    {
        var database = new SqliteDatabase(Options.Create(new StorageOptions { Provider = StorageOptions.Sqlite, ConnectionString = $"Data Source={path}" }));
        await using var lease = await database.OpenForWriteAsync(TestContext.Current.CancellationToken);
        await using var command = lease.Connection.CreateCommand();
        command.CommandText = "CREATE TABLE mode_check (id INTEGER); INSERT INTO mode_check VALUES (1);";
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
