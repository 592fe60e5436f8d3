using System.Collections.Concurrent;
using Npgsql;

namespace PuenteBot.State.Postgres;

/// <summary>
/// A PostgreSQL advisory lock on the conversation id, held on its own pooled connection for the turn. PostgreSQL
/// queues the waiters, so the turns of one conversation arriving at several instances run in the order they asked.
/// The wait is bounded by <see cref="MaxWait"/> (<c>lock_timeout</c>); past it, or on any database error, the turn
/// runs without the lock.
/// </summary>
public sealed class PostgresConversationTurnLock(PostgresDatabase database, ILogger<PostgresConversationTurnLock> logger) : IConversationTurnLock
{
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(5);

    /// <summary>How long a conversation whose turn asked for the lock counts as contended on this instance.</summary>
    public static readonly TimeSpan ContendedFor = TimeSpan.FromSeconds(30);

    private const int MaxContended = 10_000;

    /// <summary>Conversations whose turns asked for the lock lately, with when (<see cref="Environment.TickCount64"/>).</summary>
    private readonly ConcurrentDictionary<string, long> contended = new(StringComparer.Ordinal);

    public Task<IAsyncDisposable?> AcquireAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (contended.Count >= MaxContended)
        {
            contended.Clear();
        }

        contended[conversationId] = Environment.TickCount64;
        return LockAsync(conversationId, cancellationToken);
    }

    public Task<IAsyncDisposable?> AcquireIfContendedAsync(string conversationId, CancellationToken cancellationToken) =>
        contended.TryGetValue(conversationId, out var since) && Environment.TickCount64 - since < ContendedFor.TotalMilliseconds
            ? LockAsync(conversationId, cancellationToken)
            : Task.FromResult<IAsyncDisposable?>(null);

    private async Task<IAsyncDisposable?> LockAsync(string conversationId, CancellationToken cancellationToken)
    {
        NpgsqlConnection? connection = null;
        try
        {
            connection = await database.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(
                $"SET lock_timeout = '{(int)MaxWait.TotalMilliseconds}ms'; SELECT pg_advisory_lock(hashtextextended(@id, 0)); RESET lock_timeout;",
                connection);
            command.Parameters.AddWithValue("id", conversationId);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new Held(connection, conversationId);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            TurnLockLog.NotTaken(logger, exception.GetType().Name);
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            return null;
        }
    }

    private sealed class Held(NpgsqlConnection connection, string conversationId) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtextextended(@id, 0));", connection);
                command.Parameters.AddWithValue("id", conversationId);
                await command.ExecuteNonQueryAsync();
            }
            catch (NpgsqlException)
            {
                // A broken connection releases its session's locks when it closes.
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}

internal static partial class TurnLockLog
{
    [LoggerMessage(EventId = 1210, Level = LogLevel.Warning, Message = "The conversation's turn lock was not taken ({Error}); the turn runs and the state's version check decides")]
    public static partial void NotTaken(ILogger logger, string error);
}
