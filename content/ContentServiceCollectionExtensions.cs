using Microsoft.Extensions.DependencyInjection;

namespace PuenteBot.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>Registers localization for the UI strings (<see cref="Resources.Strings"/>).</summary>
    public static IServiceCollection AddPuenteBotContent(this IServiceCollection services)
    {
        services.AddLocalization();
        return services;
    }
}
