using PuenteBot.Escalations.Sqlite;
using PuenteBot.State.Sqlite;

namespace PuenteBot.Reports.Outcomes.Sqlite;

/// <summary>The outcome facts in the bot's SQLite file (times stored as round-trip UTC text).</summary>
public sealed class SqliteOutcomeSource(SqliteDatabase database) : IOutcomeSource
{
    public async Task<OutcomeFacts> ReadAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await OutcomeQueries.ReadAsync(connection, SqliteTime.Text(from), SqliteTime.Text(until), cancellationToken);
    }
}
