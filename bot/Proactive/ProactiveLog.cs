namespace PuenteBot.Proactive;

/// <summary>Log lines of messages sent outside a turn: conversation ids, channels and exception types only.</summary>
internal static partial class ProactiveLog
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Debug, Message = "{Count} activities for {ConversationId} sent on {Channel}")]
    public static partial void Sent(ILogger logger, int count, string conversationId, string channel);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "No channel reaches {ConversationId} (channel {ChannelId})")]
    public static partial void NoRoute(ILogger logger, string conversationId, string? channelId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Activities for {ConversationId} not sent on {Channel}")]
    public static partial void NotSent(ILogger logger, string conversationId, string channel);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Error, Message = "Sending to {ConversationId} on {Channel} failed: {ExceptionType}")]
    public static partial void Failed(ILogger logger, string conversationId, string channel, string exceptionType);
}
