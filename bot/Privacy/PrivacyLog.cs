namespace PuenteBot.Privacy;

/// <summary>The data-rights log lines (EventIds 18061–18079, 18121–18139): who asked (family or staff) and counts, never what was deleted.</summary>
internal static partial class PrivacyLog
{
    [LoggerMessage(EventId = 18061, Level = LogLevel.Information, Message = "Family data deleted (by {By}): {StateRows} state, {LogRows} log, {SmsContacts} SMS contact, {DirectLineActivities} Direct Line activities, {Appointments} visits, {Outreach} planned or sent messages; {Escalations} escalations redacted")]
    public static partial void Erased(ILogger logger, string by, int stateRows, int logRows, int smsContacts, int directLineActivities, int appointments, int outreach, int escalations);

    [LoggerMessage(EventId = 18062, Level = LogLevel.Information, Message = "Family asked to delete their data; confirmation asked")]
    public static partial void Asked(ILogger logger);

    [LoggerMessage(EventId = 18063, Level = LogLevel.Information, Message = "Family kept their data (answered no or moved on)")]
    public static partial void Kept(ILogger logger);

    [LoggerMessage(EventId = 18064, Level = LogLevel.Error, Message = "Family data deletion failed: {ExceptionType}")]
    public static partial void EraseFailed(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 18065, Level = LogLevel.Information, Message = "Retention purge: {Conversations} inactive conversations, {LogRows} log entries, {Escalations} escalations deleted")]
    public static partial void Purged(ILogger logger, int conversations, int logRows, int escalations);

    [LoggerMessage(EventId = 18066, Level = LogLevel.Error, Message = "Retention purge failed: {ExceptionType}; tried again at the next interval")]
    public static partial void PurgeFailed(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 18121, Level = LogLevel.Information, Message = "Family asked to delete their data during a crisis episode; confirmation asked once it is over")]
    public static partial void Deferred(ILogger logger);
}
