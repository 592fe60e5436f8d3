using PuenteBot.Dialogs.Visits;

namespace PuenteBot.Visits.Outreach;

public static class OutreachServiceCollectionExtensions
{
    /// <summary>
    /// <c>Reminders:</c> (validated on start; <c>Offsets</c> empty means 2 days and 2 hours), the outreach store of
    /// <c>Storage:Provider</c>'s database, which also records the family's answers (<see cref="IVisitReplies"/>), the
    /// rules and the clinicians' follow-ups: what a turn and the portal need.
    /// </summary>
    public static IServiceCollection AddOutreach(this IServiceCollection services)
    {
        services.AddOptions<RemindersOptions>()
            .BindConfiguration(RemindersOptions.Section)
            .PostConfigure(o =>
            {
                if (o.Offsets.Count == 0)
                {
                    o.Offsets.AddRange(RemindersOptions.DefaultOffsets);
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IOutreachStore, OutreachStore>();
        services.AddSingleton<IVisitReplies>(sp => sp.GetRequiredService<IOutreachStore>());
        services.AddSingleton<OutreachRules>();
        services.AddSingleton<FollowUps>();
        return services;
    }

    /// <summary>The planner and the worker that sends planned messages: needs the portal's conversation editor and proactive sending.</summary>
    public static IServiceCollection AddOutreachWorker(this IServiceCollection services)
    {
        services.AddSingleton<OutreachPlanner>();
        services.AddSingleton<OutreachDelivery>();
        services.AddSingleton<OutreachWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<OutreachWorker>());
        return services;
    }
}
