using PuenteBot.Channels.BotFramework;
using PuenteBot.Content;
using PuenteBot.Dialogs;
using PuenteBot.State;
using PuenteBot.Turns;

namespace PuenteBot.Hosting;

/// <summary>The whole bot's wiring: each feature registers and maps itself.</summary>
public static class PuenteBotHostingExtensions
{
    public static WebApplicationBuilder AddPuenteBot(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddPuenteBotDefaults();
        builder.Services.AddPuenteBotCore();
        builder.Services.AddBotFrameworkChannel();
        return builder;
    }

    /// <summary>Everything a turn needs, without HTTP: used by the web host, the terminal commands and tests.</summary>
    public static IServiceCollection AddPuenteBotCore(this IServiceCollection services)
    {
        services.AddPuenteBotContent();
        services.AddFamilyDialogs();
        services.AddConversationStore();
        services.AddTurnPipeline();
        return services;
    }

    public static WebApplication MapPuenteBot(this WebApplication app)
    {
        app.MapHealth();
        app.MapBotFrameworkChannel();
        return app;
    }
}
