namespace PuenteBot.Reports;

public static class ReportsServiceCollectionExtensions
{
    public static IServiceCollection AddReports(this IServiceCollection services) => services.AddSingleton<CrisisReport>();
}
