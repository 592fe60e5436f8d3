using System.Data.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using PuenteBot.Channels.DirectLine.Storage;
using PuenteBot.State;

namespace PuenteBot.Channels.DirectLine;

/// <summary>
/// The embedded Direct Line 3.0 server at <c>/v3/directline</c>: tokens, conversations, activities by polling
/// and by WebSocket stream, for the web chat page and any Direct Line client. Conversations live in the bot's
/// database (<c>Storage:Provider</c>), so every instance on it serves every conversation.
/// </summary>
public static class DirectLineChannel
{
    public const string ChannelId = "directline";
    public const string Prefix = "/v3/directline";

    public static IServiceCollection AddDirectLine(this IServiceCollection services)
    {
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddByProvider<IDirectLineStore, SqliteDirectLineStore, PostgresDirectLineStore>();
        services.AddByProvider<IActivityFeed, SqliteActivityFeed, PostgresActivityFeed>();
        services.AddSingleton<DirectLineStreams>();
        services.AddSingleton<DirectLineDirectory>();
        services.AddSingleton<DirectLineUnstored>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineCapacity>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineAuthorizer>();
        services.AddSingleton<DirectLineTurns>();
        services.AddSingleton<DirectLineCleanup>();
        services.AddHostedService(sp => sp.GetRequiredService<DirectLineCleanup>());
        services.AddHostedService<DirectLineFeedWorker>();
        return services;
    }

    public static WebApplication MapDirectLine(this WebApplication app)
    {
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        var group = app.MapGroup(Prefix).AddEndpointFilter(AnswerDatabaseFailuresAsync);
        group.MapPost("/tokens/generate", TokenEndpoints.GenerateAsync);
        group.MapPost("/tokens/refresh", TokenEndpoints.RefreshAsync);
        group.MapPost("/conversations", ConversationEndpoints.StartAsync);
        group.MapGet("/conversations/{conversationId}", ConversationEndpoints.ReconnectAsync);
        group.MapPost("/conversations/{conversationId}/activities", ActivityEndpoints.PostAsync);
        group.MapGet("/conversations/{conversationId}/activities", ActivityEndpoints.GetAsync);
        group.MapGet("/conversations/{conversationId}/stream", StreamEndpoint.ConnectAsync);
        return app;
    }

    /// <summary>A database that fails under a request is a 503 the client can retry, not a 500.</summary>
    private static async ValueTask<object?> AnswerDatabaseFailuresAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (DbException exception)
        {
            var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DirectLineChannel).FullName!);
            DirectLineLog.RequestFailed(logger, exception.GetType().Name);
            return Error(StatusCodes.Status503ServiceUnavailable, "ServiceError", "The conversation store is unavailable; try again.");
        }
    }

    /// <summary>Direct Line's error body with an HTTP status.</summary>
    internal static JsonHttpResult<ErrorResponse> Error(int status, string code, string message) =>
        TypedResults.Json(new ErrorResponse(new ErrorDetail(code, message)), DirectLineJsonContext.Default.ErrorResponse, statusCode: status);
}
