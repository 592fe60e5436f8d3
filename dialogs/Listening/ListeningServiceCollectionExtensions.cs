using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Dialogs.Recognizers.Entities;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Dialogs.Listening;

public static class ListeningServiceCollectionExtensions
{
    /// <summary>Registers the entity recognizer and the listener that keeps the family's facts from every message.</summary>
    public static IServiceCollection AddListening(this IServiceCollection services)
    {
        services.AddSingleton<EntityRecognizer>();
        services.AddSingleton<IInterruption, FactsListener>();
        return services;
    }
}
