namespace PuenteBot.Channels.Sms;

/// <summary>Log lines of a turn's replies that could not go through <c>sms_outbox</c> (ids and counts only).</summary>
internal static partial class SmsOutboxLog
{
    [LoggerMessage(EventId = 2130, Level = LogLevel.Critical, Message = "SMS to {ConversationId}: the outbox could not be written; {PartCount} messages sent straight to Twilio")]
    public static partial void Bypassed(ILogger logger, string conversationId, int partCount);

    [LoggerMessage(EventId = 2131, Level = LogLevel.Critical, Message = "SMS to {ConversationId}: the outbox could not be written and Twilio did not take part {Part} of {PartCount} sent straight (HTTP {HttpStatus}, Twilio error {ErrorCode}); the rest is lost")]
    public static partial void BypassFailed(ILogger logger, string conversationId, int part, int partCount, int? httpStatus, int? errorCode);

    [LoggerMessage(EventId = 2132, Level = LogLevel.Critical, Message = "SMS to {ConversationId}: the outbox could not be written and Sms:Twilio is not configured to send; {PartCount} messages lost")]
    public static partial void BypassImpossible(ILogger logger, string conversationId, int partCount);
}
