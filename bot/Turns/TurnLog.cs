namespace PuenteBot.Turns;

/// <summary>The turn pipeline's log lines: ids, kinds and timings only, never what anyone wrote.</summary>
internal static partial class TurnLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Debug, Message = "Turn {ActivityType} processed in {ElapsedMs:0.0} ms with {ReplyCount} replies (attempt {Attempt})")]
    public static partial void TurnProcessed(ILogger logger, string activityType, double elapsedMs, int replyCount, int attempt);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "State changed by another turn; re-running on fresh state (attempt {Attempt})")]
    public static partial void SaveConflict(ILogger logger, int attempt);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "Turn failed in {Stage}: {ExceptionType} {StackTrace}")]
    public static partial void TurnFailed(ILogger logger, string stage, string exceptionType, string? stackTrace);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "State not saved after {Attempts} attempts; replies delivered without it")]
    public static partial void SaveGaveUp(ILogger logger, int attempts);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Debug, Message = "Activity of type {ActivityType} ignored")]
    public static partial void Ignored(ILogger logger, string activityType);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Risk {Level} ({Category}) detected")]
    public static partial void RiskDetected(ILogger logger, string level, string? category);

    /// <summary>Logs an exception by type and stack only: exception messages can quote user input.</summary>
    public static void Failed(ILogger logger, string stage, Exception exception) =>
        TurnFailed(logger, stage, exception.GetType().FullName ?? exception.GetType().Name, exception.StackTrace);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Critical, Message = "The turn's escalations reached nobody: the family was told the care team could not be reached and to call 988 / 911")]
    public static partial void TeamNotReached(ILogger logger);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Error, Message = "Update of escalation {EscalationId} dropped: the turn's state could not be saved")]
    public static partial void UpdateDropped(ILogger logger, string escalationId);
}
