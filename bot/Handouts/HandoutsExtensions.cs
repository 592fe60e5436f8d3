using PuenteBot.Content.Handouts;

namespace PuenteBot.Handouts;

/// <summary>Registers and maps the handout pages.</summary>
public static class HandoutsExtensions
{
    public static IServiceCollection AddHandouts(this IServiceCollection services) => services.AddHandoutLibrary();

    public static IEndpointRouteBuilder MapHandouts(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/handouts");
        group.MapGet("/{lang}", HandoutIndexEndpoint.Get);
        group.MapGet("/{lang}/{slug}", HandoutPageEndpoint.Get);
        return app;
    }
}
