using Microsoft.Data.Sqlite;

namespace PuenteBot.State.Sqlite;

/// <summary>
/// The database file holds what families wrote: on Unix it is created readable and writable by the bot's user alone
/// (0600), and an existing file, or its <c>-wal</c>, <c>-shm</c> or <c>-journal</c> companion, that others could read
/// is narrowed to that. SQLite gives the companions it creates the database file's mode, so they follow.
/// </summary>
internal static class SqliteFilePermissions
{
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private static readonly string[] Companions = [string.Empty, "-wal", "-shm", "-journal"];

    public static void RestrictToOwner(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (OperatingSystem.IsWindows() || builder.Mode == SqliteOpenMode.Memory
            || builder.DataSource is "" or ":memory:" || builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var path = Path.GetFullPath(builder.DataSource);
        if (!File.Exists(path))
        {
            try
            {
                // An empty file is an empty SQLite database: SQLite fills it in on first use, keeping this mode.
                using var _ = new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnly });
            }
            catch (IOException)
            {
                // Another process created it first; its mode is narrowed below.
            }
        }

        foreach (var file in Companions.Select(suffix => path + suffix).Where(File.Exists))
        {
            try
            {
                if ((File.GetUnixFileMode(file) & ~OwnerOnly) != 0)
                {
                    File.SetUnixFileMode(file, File.GetUnixFileMode(file) & OwnerOnly);
                }
            }
            catch (UnauthorizedAccessException)
            {
                // A file another user owns: left as it is (that user's choice).
            }
        }
    }
}
