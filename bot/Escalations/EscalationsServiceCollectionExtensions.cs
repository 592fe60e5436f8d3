using PuenteBot.Escalations.Sqlite;
using PuenteBot.Escalations.Summaries;

namespace PuenteBot.Escalations;

public static class EscalationsServiceCollectionExtensions
{
    /// <summary>The escalation store, the clinicians' summaries, delivery to the care team and the clinician API's services.</summary>
    public static IServiceCollection AddEscalations(this IServiceCollection services)
    {
        services.AddOptions<ClinicianOptions>()
            .BindConfiguration(ClinicianOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IEscalationStore, SqliteEscalationStore>();
        services.AddSingleton<EscalationSummaries>();
        return services;
    }
}
