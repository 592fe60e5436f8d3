namespace PuenteBot.Channels.Sms;

/// <summary>The SMS channel's log lines: MessageSids, conversation ids (a salted hash of the phone), statuses and codes only.</summary>
internal static partial class SmsLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Warning, Message = "Twilio webhook refused: signature missing or invalid")]
    public static partial void SignatureRejected(ILogger logger);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "SMS {MessageSid} for {ConversationId} already processed; duplicate delivery ignored")]
    public static partial void Duplicate(ILogger logger, string messageSid, string conversationId);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Debug, Message = "SMS {MessageSid} for {ConversationId} answered with {PartCount} messages")]
    public static partial void Answered(ILogger logger, string messageSid, string conversationId, int partCount);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information, Message = "SMS {MessageSid} for {ConversationId} took longer than the webhook allows; replies go by the REST API")]
    public static partial void Deferred(ILogger logger, string messageSid, string conversationId);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Error, Message = "SMS {MessageSid} not processed: {ExceptionType} {StackTrace}")]
    public static partial void Failed(ILogger logger, string messageSid, string exceptionType, string? stackTrace);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Debug, Message = "SMS {OutboxId} to {ConversationId} accepted by Twilio as {MessageSid}")]
    public static partial void Sent(ILogger logger, long outboxId, string conversationId, string? messageSid);

    [LoggerMessage(EventId = 2106, Level = LogLevel.Information, Message = "SMS {OutboxId} to {ConversationId} refused: the family opted out (21610); nothing more waits for them")]
    public static partial void RecipientOptedOut(ILogger logger, long outboxId, string conversationId);

    [LoggerMessage(EventId = 2107, Level = LogLevel.Error, Message = "SMS {OutboxId} to {ConversationId} given up (HTTP {HttpStatus}, Twilio error {ErrorCode}) after {Attempts} tries; {Dropped} later parts not sent")]
    public static partial void SendFailed(ILogger logger, long outboxId, string conversationId, int? httpStatus, int? errorCode, int attempts, int dropped);

    [LoggerMessage(EventId = 2108, Level = LogLevel.Error, Message = "SMS to {ConversationId} not queued: {Reason}")]
    public static partial void NotQueued(ILogger logger, string conversationId, string reason);

    [LoggerMessage(EventId = 2109, Level = LogLevel.Information, Message = "SMS {MessageSid} is {MessageStatus} (error {ErrorCode})")]
    public static partial void Status(ILogger logger, string messageSid, string messageStatus, string? errorCode);

    [LoggerMessage(EventId = 2110, Level = LogLevel.Warning, Message = "Twilio webhook has no auth token configured: signatures are not checked")]
    public static partial void Unsigned(ILogger logger);

    [LoggerMessage(EventId = 2111, Level = LogLevel.Warning, Message = "SMS {MessageSid}: the database did not take the {Step}; the message is read anyway")]
    public static partial void StoreUnavailable(ILogger logger, string messageSid, string step);

    [LoggerMessage(EventId = 2112, Level = LogLevel.Warning, Message = "SMS {OutboxId} to {ConversationId} not sent: {Reason}")]
    public static partial void NotSent(ILogger logger, long outboxId, string conversationId, string reason);

    [LoggerMessage(EventId = 2113, Level = LogLevel.Warning, Message = "SMS {OutboxId} to {ConversationId} failed (HTTP {HttpStatus}, Twilio error {ErrorCode}) on try {Attempts}; tried again in {Delay}")]
    public static partial void RetryScheduled(ILogger logger, long outboxId, string conversationId, int? httpStatus, int? errorCode, int attempts, TimeSpan delay);

    [LoggerMessage(EventId = 2114, Level = LogLevel.Error, Message = "SMS outbox: the {Step} failed ({ExceptionType}); a claimed message is due again when its lease ends")]
    public static partial void OutboxFailed(ILogger logger, string step, string exceptionType);

    [LoggerMessage(EventId = 2115, Level = LogLevel.Error, Message = "SMS {OutboxId} accepted by Twilio as {MessageSid} but not marked sent ({ExceptionType}): it goes again when its lease ends")]
    public static partial void NotRecorded(ILogger logger, long outboxId, string? messageSid, string exceptionType);

    [LoggerMessage(EventId = 2116, Level = LogLevel.Debug, Message = "SMS to {ConversationId}: {PartCount} messages queued in the outbox")]
    public static partial void Queued(ILogger logger, string conversationId, int partCount);

    public static void Failed(ILogger logger, string messageSid, Exception exception) =>
        Failed(logger, messageSid, exception.GetType().FullName ?? exception.GetType().Name, exception.StackTrace);
}
