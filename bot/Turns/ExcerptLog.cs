namespace PuenteBot.Turns;

/// <summary>Log lines of <see cref="EscalationExcerpt"/>: kinds only, never the family's words.</summary>
internal static partial class ExcerptLog
{
    [LoggerMessage(EventId = 16200, Level = LogLevel.Warning, Message = "Conversation log unreadable ({ErrorKind}); the escalation's excerpt holds only the triggering message")]
    public static partial void LogUnread(ILogger logger, string errorKind);
}
