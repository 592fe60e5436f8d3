namespace PuenteBot.Hosting.Telemetry;

/// <summary>The telemetry wiring's log lines (EventIds 20001–20039).</summary>
internal static partial class TelemetryLog
{
    [LoggerMessage(EventId = 20001, Level = LogLevel.Information, Message = "Telemetry exported to {Exporters}")]
    public static partial void Exporting(ILogger logger, string exporters);

    [LoggerMessage(EventId = 20002, Level = LogLevel.Warning, Message = "Age of the oldest unacknowledged urgent escalation unknown: {ErrorType}")]
    public static partial void BacklogUnknown(ILogger logger, string errorType);
}
