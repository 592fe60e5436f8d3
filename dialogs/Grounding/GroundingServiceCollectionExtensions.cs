using Microsoft.Extensions.DependencyInjection;

namespace PuenteBot.Dialogs.Grounding;

public static class GroundingServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ClinicKnowledge"/>, the search over the clinic's own content that grounded answers use.</summary>
    public static IServiceCollection AddGrounding(this IServiceCollection services) =>
        services.AddSingleton<ClinicKnowledge>();
}
