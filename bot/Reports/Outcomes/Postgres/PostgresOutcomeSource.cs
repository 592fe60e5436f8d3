using PuenteBot.State.Postgres;

namespace PuenteBot.Reports.Outcomes.Postgres;

/// <summary>The outcome facts in the PostgreSQL database (times are <c>timestamptz</c>, the summary <c>jsonb</c> read as text).</summary>
public sealed class PostgresOutcomeSource(PostgresDatabase database) : IOutcomeSource
{
    public async Task<OutcomeFacts> ReadAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await OutcomeQueries.ReadAsync(connection, from.ToUniversalTime(), until.ToUniversalTime(), cancellationToken);
    }
}
