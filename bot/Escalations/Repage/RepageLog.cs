namespace PuenteBot.Escalations.Repage;

/// <summary>The re-page worker's log lines: escalation ids and counts only.</summary>
internal static partial class RepageLog
{
    [LoggerMessage(EventId = 16400, Level = LogLevel.Information, Message = "Re-page off: no Clinicians:OnCall configured")]
    public static partial void Off(ILogger logger);

    [LoggerMessage(EventId = 16401, Level = LogLevel.Warning, Message = "Escalation {EscalationId} re-paged to {Count} on-call clinicians")]
    public static partial void Repaged(ILogger logger, string escalationId, int count);

    [LoggerMessage(EventId = 16402, Level = LogLevel.Error, Message = "Escalation {EscalationId} is due a re-page but no on-call clinician is on duty")]
    public static partial void NobodyOnDuty(ILogger logger, string escalationId);

    [LoggerMessage(EventId = 16403, Level = LogLevel.Error, Message = "Re-page of escalation {EscalationId} failed ({ErrorType})")]
    public static partial void Failed(ILogger logger, string escalationId, string errorType);

    [LoggerMessage(EventId = 16404, Level = LogLevel.Error, Message = "Re-page round failed ({ErrorType}); trying again at the next poll")]
    public static partial void RoundFailed(ILogger logger, string errorType);
}
