using System.Globalization;
using Microsoft.Extensions.Options;
using PuenteBot.State.Sqlite;

namespace PuenteBot.Channels.DirectLine.Storage;

/// <summary>
/// Polls the SQLite file every <see cref="DirectLineOptions.PollInterval"/> for activities past the newest one it
/// has seen (<c>directline_activities.id</c> only grows: AUTOINCREMENT, one writer at a time).
/// </summary>
public sealed class SqliteActivityFeed(SqliteDatabase database, IOptions<DirectLineOptions> options, TimeProvider clock) : IActivityFeed
{
    public async Task FollowAsync(Action following, Action<string> changed, CancellationToken cancellationToken)
    {
        var seen = await NewestAsync(cancellationToken);
        following();
        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            seen = await ReadAfterAsync(seen, changed, cancellationToken);
        }
    }

    private async Task<long> NewestAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(id), 0) FROM directline_activities";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private async Task<long> ReadAfterAsync(long seen, Action<string> changed, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT conversation_id, MAX(id) FROM directline_activities WHERE id > $seen GROUP BY conversation_id";
        command.Parameters.AddWithValue("$seen", seen);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var newest = seen;
        while (await reader.ReadAsync(cancellationToken))
        {
            changed(reader.GetString(0));
            newest = Math.Max(newest, reader.GetInt64(1));
        }

        return newest;
    }
}
