using PuenteBot.Content;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Handouts;

namespace PuenteBot.Hosting;

/// <summary>The whole bot's wiring: each feature registers and maps itself.</summary>
public static class PuenteBotHostingExtensions
{
    public static WebApplicationBuilder AddPuenteBot(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddPuenteBotDefaults();
        builder.Services.AddRecognizers();
        builder.Services.AddPuenteBotContent();
        builder.Services.AddHandouts();
        return builder;
    }

    public static WebApplication MapPuenteBot(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        app.MapHandouts();
        return app;
    }
}
