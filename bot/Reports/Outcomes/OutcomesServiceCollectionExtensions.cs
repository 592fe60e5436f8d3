namespace PuenteBot.Reports.Outcomes;

public static class OutcomesServiceCollectionExtensions
{
    /// <summary>The outcomes report (<c>/portal/outcomes</c>) over the database <c>Storage:Provider</c> names.</summary>
    public static IServiceCollection AddOutcomes(this IServiceCollection services)
    {
        services.AddSingleton<IOutcomeSource, OutcomeSource>();
        services.AddSingleton<OutcomesReport>();
        return services;
    }
}
