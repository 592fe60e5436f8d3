using PuenteBot.Dialogs.Escalation;
using PuenteBot.Escalations.Sqlite;
using PuenteBot.State.Sqlite;

namespace PuenteBot.Reports.Sqlite;

/// <summary>The crisis referrals in the bot's SQLite file (times stored as round-trip UTC text).</summary>
public sealed class SqliteCrisisReferrals(SqliteDatabase database) : ICrisisReferrals
{
    public async Task<IReadOnlyList<CrisisReferral>> ReadAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT reason, COALESCE(json_extract(summary, '$.language'), 'unknown'), COALESCE(json_extract(summary, '$.channel'), 'unknown'),
                   created_at, acknowledged_at
            FROM escalations WHERE urgency = $urgent AND created_at >= $from AND created_at < $until
            """;
        command.Parameters.AddWithValue("$urgent", Urgency.Urgent);
        command.Parameters.AddWithValue("$from", SqliteTime.Text(from));
        command.Parameters.AddWithValue("$until", SqliteTime.Text(until));
        return await CrisisReferralRows.ReadAllAsync(command, cancellationToken);
    }
}
