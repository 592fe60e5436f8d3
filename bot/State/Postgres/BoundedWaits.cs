using System.Globalization;
using Npgsql;

namespace PuenteBot.State.Postgres;

/// <summary>
/// Bounds how long a write waits on PostgreSQL, as the SQLite write lease does with a wait: for a connection from the
/// pool, then inside the transaction for each lock another session holds (<c>lock_timeout</c>), and for each statement,
/// its lock wait and its work, at most twice that (<c>statement_timeout</c>). Running out ends the write with an
/// exception (a failed save), never a cancellation.
/// </summary>
internal static class BoundedWaits
{
    public static async Task<NpgsqlConnection> OpenAsync(PostgresDatabase database, TimeSpan wait, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(wait);
        try
        {
            return await database.OpenAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException("The database gave no connection within the wait.");
        }
    }

    /// <summary>Applies the wait to the rest of <paramref name="transaction"/> (both settings end with it).</summary>
    public static async Task LimitAsync(NpgsqlTransaction transaction, TimeSpan wait, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT set_config('lock_timeout', @lock, true), set_config('statement_timeout', @statement, true)", transaction.Connection, transaction);
        command.Parameters.AddWithValue("lock", Milliseconds(wait));
        command.Parameters.AddWithValue("statement", Milliseconds(2 * wait));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Milliseconds(TimeSpan wait) => Math.Ceiling(wait.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
}
