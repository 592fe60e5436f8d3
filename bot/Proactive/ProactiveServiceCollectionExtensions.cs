using PuenteBot.Channels.BotFramework;
using PuenteBot.Channels.DirectLine;
using PuenteBot.Channels.Sms;

namespace PuenteBot.Proactive;

public static class ProactiveServiceCollectionExtensions
{
    /// <summary>
    /// The proactive sender and the channels it can use, in the order it tries them: the embedded Direct Line (a
    /// conversation stored in the database, as this instance's directory knows it; its web chat may be connected to
    /// any instance), Twilio SMS (a conversation that came by the webhook), then the Bot Framework connector (any
    /// conversation with a service URL). Needs the channels registered first.
    /// </summary>
    public static IServiceCollection AddProactiveSending(this IServiceCollection services)
    {
        services.AddSingleton<IFamilyChannel, DirectLineFamilyChannel>();
        services.AddSingleton<IFamilyChannel, SmsFamilyChannel>();
        services.AddSingleton<IFamilyChannel, BotFrameworkFamilyChannel>();
        services.AddSingleton<ProactiveSender>();
        return services;
    }
}
