using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Dialogs.Recognizers.Learned;

namespace PuenteBot.Dialogs.Recognizers;

public static class RecognizerServiceCollectionExtensions
{
    /// <summary>Registers the recognizers. They hold no per-turn state, so one instance serves every turn.</summary>
    public static IServiceCollection AddRecognizers(this IServiceCollection services)
    {
        services.AddSingleton<LearnedRecognizer>();
        services.AddSingleton<LanguageRecognizer>();
        services.AddSingleton<IntentRecognizer>();
        services.AddSingleton<RiskRecognizer>();
        services.AddSingleton<RiskDecider>();
        services.AddSingleton<BooleanRecognizer>();
        services.AddSingleton<NumberRecognizer>();
        services.AddSingleton<ChoiceRecognizer>();
        services.AddSingleton<DateTimeRecognizer>();
        services.AddSingleton<UtteranceClassifier>();
        return services;
    }
}
