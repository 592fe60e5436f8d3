using PuenteBot.Privacy;
using PuenteBot.Turns.Middleware;

namespace PuenteBot.Turns;

public static class TurnsServiceCollectionExtensions
{
    /// <summary>Registers the turn pipeline and its middleware (their order is fixed by the pipeline).</summary>
    public static IServiceCollection AddTurnPipeline(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ConversationLocks>();
        services.AddSingleton<OptOutMiddleware>();
        services.AddSingleton<FamilyLinkMiddleware>();
        services.AddSingleton<LanguageMiddleware>();
        services.AddSingleton<RiskMiddleware>();
        services.AddDataRights();
        services.AddOptions<HandoffOptions>().BindConfiguration(HandoffOptions.Section)
            .Validate(options => options.IdleTimeout > TimeSpan.Zero, "Portal:Handoff:IdleTimeout must be positive.").ValidateOnStart();
        services.AddSingleton<HandoffMiddleware>();
        services.AddSingleton<DisclosureMiddleware>();
        services.AddSingleton<DialogMiddleware>();
        services.AddSingleton<TeamAlertReplies>();
        services.AddSingleton<EscalationExcerpt>();
        services.AddSingleton<TurnPipeline>();
        return services;
    }
}
