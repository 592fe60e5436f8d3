using Microsoft.Data.Sqlite;

namespace PuenteBot.Tests.Support;

/// <summary>A temporary folder for a test's files (a SQLite database), deleted at the end.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("puentebot-test-").FullName;

    public string DatabasePath => System.IO.Path.Combine(Path, "puentebot.db");

    public string ConnectionString => $"Data Source={DatabasePath}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS's temporary-file clean-up when a handle is still open.
        }
    }
}
