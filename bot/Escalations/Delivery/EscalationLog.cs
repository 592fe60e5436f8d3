namespace PuenteBot.Escalations.Delivery;

/// <summary>The delivery worker's log lines: escalation ids, notifier names, tries and timings; never summaries or family words.</summary>
internal static partial class EscalationLog
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Information, Message = "Escalation delivery started for notifiers {Notifiers}")]
    public static partial void Started(ILogger logger, string notifiers);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "No escalation notifier is configured; escalations stay pending in the database and the clinician API")]
    public static partial void NoNotifiers(ILogger logger);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Escalation {EscalationId} ({Urgency}) delivered by {Notifier} on try {Attempt} in {ElapsedMs:0.0} ms")]
    public static partial void Delivered(ILogger logger, string escalationId, string urgency, string notifier, int attempt, double elapsedMs);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Escalation {EscalationId} not delivered by {Notifier} on try {Attempt} ({Error}); next try at {RetryAt:O}")]
    public static partial void Retrying(ILogger logger, string escalationId, string notifier, int attempt, string error, DateTimeOffset retryAt);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Error, Message = "Escalation {EscalationId} dead-lettered by {Notifier} after {Attempt} tries ({Error})")]
    public static partial void DeadLettered(ILogger logger, string escalationId, string notifier, int attempt, string error);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Error, Message = "Escalation delivery loop failed: {ExceptionType}")]
    public static partial void LoopFailed(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Information, Message = "Escalation {EscalationId} given back untried by {Notifier}: the worker is stopping")]
    public static partial void Released(ILogger logger, string escalationId, string notifier);
}
