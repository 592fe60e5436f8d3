using Microsoft.Extensions.Options;

namespace PuenteBot.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>
    /// The family's deletion (eraser and its turn middleware) and the retention purge with its options
    /// (<c>Storage:RetentionDays</c>, <c>Escalation:RetentionDays</c>, <c>Storage:RetentionInterval</c>).
    /// </summary>
    public static IServiceCollection AddDataRights(this IServiceCollection services)
    {
        services.AddSingleton<FamilyDataEraser>();
        services.AddSingleton<DataErasureMiddleware>();
        services.AddSingleton<FamilyDataExport>();
        services.AddSingleton<OutreachExport>();
        services.AddOptions<RetentionOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                options.ConversationDays = configuration.GetValue("Storage:RetentionDays", options.ConversationDays);
                options.EscalationDays = configuration.GetValue("Escalation:RetentionDays", options.EscalationDays);
                options.Interval = configuration.GetValue("Storage:RetentionInterval", options.Interval);
            })
            .Validate(o => o.ConversationDays >= 0 && o.EscalationDays >= 0, "Storage:RetentionDays and Escalation:RetentionDays must be 0 (off) or more.")
            .Validate(o => o.Interval > TimeSpan.Zero, "Storage:RetentionInterval must be positive.")
            .ValidateOnStart();
        services.AddSingleton<RetentionPurge>();
        return services;
    }

    /// <summary>The background purge, for the web host (the CLI commands do not purge).</summary>
    public static IServiceCollection AddRetentionWorker(this IServiceCollection services) => services.AddHostedService<RetentionWorker>();
}
