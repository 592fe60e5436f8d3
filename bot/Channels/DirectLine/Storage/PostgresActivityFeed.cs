using Npgsql;
using PuenteBot.State.Postgres;

namespace PuenteBot.Channels.DirectLine.Storage;

/// <summary>
/// One connection per instance that <c>LISTEN</c>s on <see cref="PostgresDirectLineStore.NotifyChannel"/>; each
/// notification names a conversation. A quiet connection is pinged now and then, so a dead one is noticed.
/// </summary>
public sealed class PostgresActivityFeed(PostgresDatabase database) : IActivityFeed
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(30);

    public async Task FollowAsync(Action following, Action<string> changed, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        connection.Notification += (_, notification) => changed(notification.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {PostgresDirectLineStore.NotifyChannel}", connection))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }

        following();
        await using var ping = new NpgsqlCommand("SELECT 1", connection);
        while (true)
        {
            if (!await connection.WaitAsync(Heartbeat, cancellationToken))
            {
                await ping.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }
}
