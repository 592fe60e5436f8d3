using Microsoft.AspNetCore.Http.HttpResults;

namespace PuenteBot.Channels.DirectLine;

/// <summary>
/// The embedded Direct Line 3.0 server at <c>/v3/directline</c>: tokens, conversations, activities by polling
/// and by WebSocket stream, for the web chat page and any Direct Line client.
/// </summary>
public static class DirectLineChannel
{
    public const string ChannelId = "directline";
    public const string Prefix = "/v3/directline";

    public static IServiceCollection AddDirectLine(this IServiceCollection services)
    {
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section).ValidateOnStart();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineAuthorizer>();
        return services;
    }

    public static WebApplication MapDirectLine(this WebApplication app)
    {
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        var group = app.MapGroup(Prefix);
        group.MapPost("/tokens/generate", TokenEndpoints.GenerateAsync);
        group.MapPost("/tokens/refresh", TokenEndpoints.RefreshAsync);
        group.MapPost("/conversations", ConversationEndpoints.StartAsync);
        group.MapGet("/conversations/{conversationId}", ConversationEndpoints.ReconnectAsync);
        group.MapPost("/conversations/{conversationId}/activities", ActivityEndpoints.PostAsync);
        group.MapGet("/conversations/{conversationId}/activities", ActivityEndpoints.GetAsync);
        group.MapGet("/conversations/{conversationId}/stream", StreamEndpoint.ConnectAsync);
        return app;
    }

    /// <summary>Direct Line's error body with an HTTP status.</summary>
    internal static JsonHttpResult<ErrorResponse> Error(int status, string code, string message) =>
        TypedResults.Json(new ErrorResponse(new ErrorDetail(code, message)), DirectLineJsonContext.Default.ErrorResponse, statusCode: status);
}
