using Npgsql;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.State.Postgres;

namespace PuenteBot.Reports.Postgres;

/// <summary>The crisis referrals in the PostgreSQL database (the summary is <c>jsonb</c>, times <c>timestamptz</c>).</summary>
public sealed class PostgresCrisisReferrals(PostgresDatabase database) : ICrisisReferrals
{
    public async Task<IReadOnlyList<CrisisReferral>> ReadAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT reason, COALESCE(summary ->> 'language', 'unknown'), COALESCE(summary ->> 'channel', 'unknown'),
                   created_at, acknowledged_at
            FROM escalations WHERE urgency = @urgent AND created_at >= @from AND created_at < @until
            """,
            connection);
        command.Parameters.AddWithValue("urgent", Urgency.Urgent);
        command.Parameters.AddWithValue("from", from.ToUniversalTime());
        command.Parameters.AddWithValue("until", until.ToUniversalTime());
        return await CrisisReferralRows.ReadAllAsync(command, cancellationToken);
    }
}
