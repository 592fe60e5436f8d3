namespace PuenteBot.Portal;

/// <summary>The portal's log lines: escalation and conversation ids, outcomes; never what anyone wrote, nor names.</summary>
internal static partial class PortalLog
{
    public static ILogger For(HttpContext http) => http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("PuenteBot.Portal");

    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Portal sign-in refused ({Reason})")]
    public static partial void SignInRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Escalation {EscalationId}: {Action} → {Outcome}")]
    public static partial void Acted(ILogger logger, string escalationId, string action, string outcome);

    [LoggerMessage(EventId = 18102, Level = LogLevel.Warning, Message = "Portal sign-out (everywhere: {Everywhere}) not recorded: the database could not be written ({Error})")]
    public static partial void SignOutNotRecorded(ILogger logger, bool everywhere, string error);
}
