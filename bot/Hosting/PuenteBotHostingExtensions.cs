using PuenteBot.Content;
using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Hosting;

/// <summary>The whole bot's wiring: each feature registers and maps itself.</summary>
public static class PuenteBotHostingExtensions
{
    public static WebApplicationBuilder AddPuenteBot(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddPuenteBotDefaults();
        builder.Services.AddRecognizers();
        builder.Services.AddPuenteBotContent();
        return builder;
    }

    public static WebApplication MapPuenteBot(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        return app;
    }
}
