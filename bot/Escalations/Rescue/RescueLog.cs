namespace PuenteBot.Escalations.Rescue;

/// <summary>The rescue's log lines (5100–5119): escalation ids, urgencies, notifier names and error kinds; never summaries or family words.</summary>
internal static partial class RescueLog
{
    [LoggerMessage(EventId = 5100, Level = LogLevel.Warning, Message = "Escalation {EscalationId} ({Urgency}) saved on its own after the turn's save failed")]
    public static partial void SavedAlone(ILogger logger, string escalationId, string urgency);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Critical, Message = "Escalation {EscalationId} ({Urgency}) could not be stored in the database; spooled to disk: {Spooled}; delivered directly by {DeliveredCount} notifiers")]
    public static partial void NotStored(ILogger logger, string escalationId, string urgency, bool spooled, int deliveredCount);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "Saving escalations on their own failed on try {Attempt} ({Error})")]
    public static partial void AloneAttemptFailed(ILogger logger, int attempt, string error);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Error, Message = "Escalation {EscalationId} not delivered directly by {Notifier} ({Error})")]
    public static partial void DirectFailed(ILogger logger, string escalationId, string notifier, string error);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning, Message = "Escalation {EscalationId} summarised without the conversation log ({Error})")]
    public static partial void SummaryWithoutLog(ILogger logger, string escalationId, string error);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Information, Message = "Escalation {EscalationId} moved from the spool into the database (already there: {AlreadyStored})")]
    public static partial void Drained(ILogger logger, string escalationId, bool alreadyStored);

    [LoggerMessage(EventId = 5106, Level = LogLevel.Warning, Message = "The spool still holds {Count} escalations: the database does not take them yet ({Error})")]
    public static partial void DrainWaiting(ILogger logger, int count, string error);

}
