using Microsoft.Extensions.DependencyInjection;

namespace PuenteBot.Content.Handouts;

public static class HandoutServiceCollectionExtensions
{
    /// <summary>Registers the shipped <see cref="HandoutLibrary"/> as a singleton.</summary>
    public static IServiceCollection AddHandoutLibrary(this IServiceCollection services) =>
        services.AddSingleton(_ => HandoutLibrary.Embedded);
}
