using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PuenteBot.State.Sqlite;

/// <summary>
/// Proves the database takes writes: commits a row of a few pages into <c>health_probe</c> (so a full database or
/// disk fails it, as a turn's save would) and removes the one before it, within a short wait for the write lock.
/// </summary>
public sealed class SqliteWriteProbe(SqliteDatabase database, TimeProvider clock) : IDatabaseWriteProbe
{
    /// <summary>Bigger than one page, so the probe needs room the way a turn's save does.</summary>
    private const int FillerBytes = 8192;

    public async Task<string?> ProbeAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        try
        {
            await using var lease = await database.OpenForWriteAsync(wait, cancellationToken);
            await using var transaction = lease.Connection.BeginTransaction(deferred: false);
            await using var command = lease.Connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO health_probe (probed_at, filler) VALUES ($now, zeroblob($size));
                DELETE FROM health_probe WHERE id <> last_insert_rowid();
                """;
            command.Parameters.AddWithValue("$now", clock.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$size", FillerBytes);
            await command.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return null;
        }
        catch (SqliteException exception)
        {
            return $"SQLite error {exception.SqliteErrorCode}";
        }
        catch (Exception exception) when (exception is TimeoutException or IOException or UnauthorizedAccessException)
        {
            return exception.GetType().Name;
        }
    }
}
