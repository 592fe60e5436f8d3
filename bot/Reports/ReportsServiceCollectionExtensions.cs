using PuenteBot.Reports.Postgres;
using PuenteBot.Reports.Sqlite;
using PuenteBot.State;

namespace PuenteBot.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>The crisis report over the database <c>Storage:Provider</c> names. Call after the conversation store is registered.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddByProvider<ICrisisReferrals, SqliteCrisisReferrals, PostgresCrisisReferrals>();
        services.AddSingleton<CrisisReport>();
        return services;
    }
}
