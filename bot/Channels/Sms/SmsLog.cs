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

    [LoggerMessage(EventId = 2105, Level = LogLevel.Debug, Message = "SMS to {ConversationId} accepted by Twilio as {MessageSid}")]
    public static partial void Sent(ILogger logger, string conversationId, string? messageSid);

    [LoggerMessage(EventId = 2106, Level = LogLevel.Information, Message = "SMS to {ConversationId} refused: the family opted out (21610)")]
    public static partial void RecipientOptedOut(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 2107, Level = LogLevel.Error, Message = "SMS to {ConversationId} failed (HTTP {HttpStatus}, Twilio error {ErrorCode}); {Dropped} parts not sent")]
    public static partial void SendFailed(ILogger logger, string conversationId, int? httpStatus, int? errorCode, int dropped);

    [LoggerMessage(EventId = 2108, Level = LogLevel.Error, Message = "SMS to {ConversationId} not sent: {Reason}")]
    public static partial void NotSent(ILogger logger, string conversationId, string reason);

    [LoggerMessage(EventId = 2109, Level = LogLevel.Information, Message = "SMS {MessageSid} is {MessageStatus} (error {ErrorCode})")]
    public static partial void Status(ILogger logger, string messageSid, string messageStatus, string? errorCode);

    [LoggerMessage(EventId = 2110, Level = LogLevel.Warning, Message = "Twilio webhook has no auth token configured: signatures are not checked")]
    public static partial void Unsigned(ILogger logger);

    [LoggerMessage(EventId = 2111, Level = LogLevel.Warning, Message = "SMS {MessageSid}: the database did not take the {Step}; the message is read anyway")]
    public static partial void StoreUnavailable(ILogger logger, string messageSid, string step);

    public static void Failed(ILogger logger, string messageSid, Exception exception) =>
        Failed(logger, messageSid, exception.GetType().FullName ?? exception.GetType().Name, exception.StackTrace);
}
