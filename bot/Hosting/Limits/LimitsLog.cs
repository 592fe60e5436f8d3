namespace PuenteBot.Hosting.Limits;

/// <summary>Log lines of the abuse limits (event ids 18021–18039): route names and sizes only, never addresses, ids or bodies.</summary>
internal static partial class LimitsLog
{
    [LoggerMessage(EventId = 18021, Level = LogLevel.Warning, Message = "A {Route} request was refused: over the limit of {PerMinute} a minute")]
    public static partial void RateLimited(ILogger logger, string route, int perMinute);

    [LoggerMessage(EventId = 18022, Level = LogLevel.Warning, Message = "A {Route} request was refused: its body is over {MaxBytes} bytes")]
    public static partial void TooLarge(ILogger logger, string route, int maxBytes);

    [LoggerMessage(EventId = 18023, Level = LogLevel.Warning, Message = "A new Direct Line conversation was refused: {Count} are kept, the bound is {Bound}")]
    public static partial void ConversationsFull(ILogger logger, int count, int bound);
}
