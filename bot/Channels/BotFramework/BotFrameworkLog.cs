namespace PuenteBot.Channels.BotFramework;

/// <summary>The channel's log lines: reasons, hosts and status codes only, never tokens or message text.</summary>
public static partial class BotFrameworkLog
{
    private static readonly Func<ILogger, string?, string?, IDisposable?> DeliveryScope =
        LoggerMessage.DefineScope<string?, string?>("Delivering replies for conversation {ConversationId} to activity {ActivityId}");

    /// <summary>Scope of a delivery, carrying the ids only.</summary>
    public static IDisposable? Delivering(ILogger logger, Protocol.Activity inbound) => DeliveryScope(logger, inbound.Conversation?.Id, inbound.Id);

    [LoggerMessage(EventId = 4100, Level = LogLevel.Warning, Message = "Bot Framework call rejected: {Reason}")]
    public static partial void Unauthorized(ILogger logger, string reason);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Reply not sent: service URL host {Host} is not on the allow-list")]
    public static partial void ServiceUrlRefused(ILogger logger, string host);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Connector at {Host} answered {StatusCode} after retries")]
    public static partial void ConnectorFailed(ILogger logger, int statusCode, string host);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Error, Message = "Replies could not be delivered: {ExceptionType}")]
    public static partial void DeliveryFailed(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Bad Bot Framework request: {Problem}")]
    public static partial void BadRequest(ILogger logger, string problem);

    [LoggerMessage(EventId = 18001, Level = LogLevel.Warning, Message = "BotFramework:AllowAnonymous is on and MicrosoftAppId is empty: anyone who can reach /api/messages can post into any conversation and read the bot's replies")]
    public static partial void AnonymousAllowed(ILogger logger);

    [LoggerMessage(EventId = 18002, Level = LogLevel.Warning, Message = "Bot Framework call refused: no app id is set and the caller is not on this machine")]
    public static partial void RemoteAnonymousRefused(ILogger logger);

    [LoggerMessage(EventId = 18003, Level = LogLevel.Warning, Message = "Bot Framework call refused: an anonymous caller from another machine sent a loopback service URL")]
    public static partial void LoopbackServiceUrlRefused(ILogger logger);
}
