using PuenteBot.Reports.Outcomes.Postgres;
using PuenteBot.Reports.Outcomes.Sqlite;
using PuenteBot.State;

namespace PuenteBot.Reports.Outcomes;

public static class OutcomesServiceCollectionExtensions
{
    /// <summary>The outcomes report (<c>/portal/outcomes</c>) over the database <c>Storage:Provider</c> names.</summary>
    public static IServiceCollection AddOutcomes(this IServiceCollection services)
    {
        services.AddByProvider<IOutcomeSource, SqliteOutcomeSource, PostgresOutcomeSource>();
        services.AddSingleton<OutcomesReport>();
        return services;
    }
}
