using Microsoft.Extensions.DependencyInjection;

namespace PuenteBot.Content.Answers;

public static class AnswerServiceCollectionExtensions
{
    /// <summary>Registers the shipped <see cref="AnswerSet"/> as a singleton.</summary>
    public static IServiceCollection AddAnswerSet(this IServiceCollection services) =>
        services.AddSingleton(_ => AnswerSet.Embedded);
}
