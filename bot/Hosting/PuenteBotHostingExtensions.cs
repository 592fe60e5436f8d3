using PuenteBot.Channels.BotFramework;
using PuenteBot.Channels.DirectLine;
using PuenteBot.Channels.Sms;
using PuenteBot.Content;
using PuenteBot.Escalations;
using PuenteBot.Escalations.Api;
using PuenteBot.Families;
using PuenteBot.Families.Api;
using PuenteBot.Dialogs;
using PuenteBot.Dialogs.Clinic;
using PuenteBot.Dialogs.Returning;
using PuenteBot.Handouts;
using PuenteBot.Hosting.Health;
using PuenteBot.Hosting.Limits;
using PuenteBot.Hosting.Logging;
using PuenteBot.Hosting.Telemetry;
using PuenteBot.Llm;
using PuenteBot.Portal;
using PuenteBot.Privacy;
using PuenteBot.Proactive;
using PuenteBot.Reports;
using PuenteBot.Reports.Outcomes;
using PuenteBot.Safety;
using PuenteBot.State;
using PuenteBot.Turns;
using PuenteBot.Visits.Appointments;
using PuenteBot.Visits.Appointments.Api;
using PuenteBot.Visits.Outreach;
using PuenteBot.WebChat;

namespace PuenteBot.Hosting;

/// <summary>The whole bot's wiring: each feature registers and maps itself.</summary>
public static class PuenteBotHostingExtensions
{
    public static WebApplicationBuilder AddPuenteBot(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddPuenteBotDefaults();
        builder.Services.AddPuenteBotCore();
        builder.Services.AddRequestLimits();
        builder.Services.AddBotFrameworkChannel();
        builder.Services.AddDirectLine();
        builder.Services.AddSms();
        builder.Services.AddProactiveSending();
        builder.Services.AddPortal(builder.Configuration);
        builder.Services.AddFamilyEnrolment();
        builder.Services.AddOutreachWorker();
        builder.Services.AddHealth();
        builder.Services.AddLogRedaction();
        builder.Services.AddRetentionWorker();
        builder.AddPuenteBotTelemetry();
        return builder;
    }

    /// <summary>Everything a turn needs, without HTTP: used by the web host, the terminal commands and tests.</summary>
    public static IServiceCollection AddPuenteBotCore(this IServiceCollection services)
    {
        services.AddPuenteBotContent();
        services.AddHandouts();
        services.AddOptions<ClinicOptions>().BindConfiguration(ClinicOptions.Section);
        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.Section);
        services.AddLanguageModel();
        services.AddFamilyDialogs();
        services.AddConversationStore();
        services.AddFamilies();
        services.AddAppointments();
        services.AddOutreach();
        services.AddTurnPipeline();
        services.AddEscalations();
        services.AddReports();
        services.AddOutcomes();
        return services;
    }

    public static WebApplication MapPuenteBot(this WebApplication app)
    {
        app.UseHttpsWhenPublic();
        app.UseRequestLimits();
        app.UseKnownCharsets();
        app.MapPortal();
        app.MapHealth();
        app.MapBotFrameworkChannel();
        app.MapDirectLine();
        app.MapWebChatPage();
        app.MapHandouts();
        app.MapSafety();
        app.MapSms();
        app.MapEscalations();
        app.MapFamilies();
        app.MapAppointments();
        return app;
    }
}
