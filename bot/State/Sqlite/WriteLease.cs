using Microsoft.Data.Sqlite;

namespace PuenteBot.State.Sqlite;

/// <summary>A connection for one write transaction; disposing it closes the connection and lets the next writer in.</summary>
public sealed class WriteLease(SqliteConnection connection, SemaphoreSlim writer) : IAsyncDisposable
{
    public SqliteConnection Connection { get; } = connection;

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        writer.Release();
    }
}
