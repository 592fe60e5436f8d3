using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace PuenteBot.State.Postgres;

/// <summary>
/// Proves the database takes writes: commits a row of a few pages into <c>health_probe</c> (random bytes, which
/// PostgreSQL cannot compress away, so a full disk or a read-only server fails it as a turn's save would) and removes
/// the ones before it, within a short wait for a connection and for locks.
/// </summary>
public sealed class PostgresWriteProbe(PostgresDatabase database, TimeProvider clock) : IDatabaseWriteProbe
{
    /// <summary>Bigger than one page, so the probe needs room the way a turn's save does.</summary>
    private const int FillerBytes = 8192;

    public async Task<string?> ProbeAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await BoundedWaits.OpenAsync(database, wait, cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await BoundedWaits.LimitAsync(transaction, wait, cancellationToken);
            // The DELETE runs on the snapshot before the INSERT, so it removes every earlier row and keeps the new one.
            await using var command = new NpgsqlCommand(
                """
                WITH probe AS (INSERT INTO health_probe (probed_at, filler) VALUES (@now, @filler) RETURNING id)
                DELETE FROM health_probe WHERE id < (SELECT id FROM probe)
                """,
                connection,
                transaction);
            command.Parameters.AddWithValue("now", clock.GetUtcNow().ToUniversalTime());
            command.Parameters.AddWithValue("filler", RandomNumberGenerator.GetBytes(FillerBytes));
            await command.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return null;
        }
        catch (PostgresException exception)
        {
            return $"PostgreSQL error {exception.SqlState}";
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or IOException or SocketException)
        {
            return exception.GetType().Name;
        }
    }
}
