namespace PuenteBot.Channels.DirectLine;

/// <summary>Log lines of the embedded Direct Line (event ids 2200–2299): conversation ids, counts and exception types only, never text or tokens.</summary>
internal static partial class DirectLineLog
{
    [LoggerMessage(EventId = 2200, Level = LogLevel.Error, Message = "The activity for {ConversationId} could not be stored ({ExceptionType}); its turn runs and this instance keeps its activities for the client")]
    public static partial void ActivityNotStored(ILogger logger, string conversationId, string exceptionType);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Error, Message = "The replies for {ConversationId} could not be stored ({ExceptionType}); this instance keeps them for the client")]
    public static partial void RepliesNotStored(ILogger logger, string conversationId, string exceptionType);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Warning, Message = "The stream of {ConversationId} ended: the database failed ({ExceptionType})")]
    public static partial void StreamFailed(ILogger logger, string conversationId, string exceptionType);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Information, Message = "Deleted {Count} Direct Line conversations idle since {Cutoff:O}")]
    public static partial void Deleted(ILogger logger, int count, DateTimeOffset cutoff);

    [LoggerMessage(EventId = 2204, Level = LogLevel.Warning, Message = "The Direct Line clean-up failed ({ExceptionType}); it runs again in {Interval}")]
    public static partial void CleanupFailed(ILogger logger, string exceptionType, TimeSpan interval);

    [LoggerMessage(EventId = 2205, Level = LogLevel.Debug, Message = "Following new Direct Line activities with {Feed}")]
    public static partial void Following(ILogger logger, string feed);

    [LoggerMessage(EventId = 2206, Level = LogLevel.Warning, Message = "The Direct Line activity feed stopped ({ExceptionType}); following again in {Delay}")]
    public static partial void FeedFailed(ILogger logger, string exceptionType, TimeSpan delay);

    [LoggerMessage(EventId = 2207, Level = LogLevel.Error, Message = "A Direct Line request failed: the database failed ({ExceptionType})")]
    public static partial void RequestFailed(ILogger logger, string exceptionType);
}
