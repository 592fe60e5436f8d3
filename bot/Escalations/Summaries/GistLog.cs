namespace PuenteBot.Escalations.Summaries;

/// <summary>What the gist translation of an escalation did: its id, how many quotes, how long — never the words.</summary>
internal static partial class GistLog
{
    [LoggerMessage(EventId = 19040, Level = LogLevel.Information, Message = "Escalation {EscalationId}: {Count} of {Asked} quotes got a gist in {DurationMs} ms")]
    public static partial void Stored(ILogger logger, string escalationId, int count, int asked, long durationMs);

    [LoggerMessage(EventId = 19041, Level = LogLevel.Information, Message = "Escalation {EscalationId}: no gist for {Asked} quotes after {DurationMs} ms; the summary shows the family's words alone")]
    public static partial void None(ILogger logger, string escalationId, int asked, long durationMs);

    [LoggerMessage(EventId = 19042, Level = LogLevel.Warning, Message = "Escalation {EscalationId}: gist translation failed ({ErrorType}); the summary shows the family's words alone")]
    public static partial void Failed(ILogger logger, string escalationId, string errorType);
}
