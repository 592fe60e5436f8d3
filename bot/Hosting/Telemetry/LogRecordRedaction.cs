using OpenTelemetry;
using OpenTelemetry.Logs;

namespace PuenteBot.Hosting.Telemetry;

/// <summary>
/// The exported log records of the framework's own categories (<c>Microsoft.*</c>, <c>System.*</c>: request and
/// HTTP client lines that print a URL) get the same masking as spans (<see cref="TelemetryRedaction.Scrub"/>): a
/// conversation id holding a phone number in a path leaves no digits. The bot's own lines carry ids and kinds only.
/// </summary>
public sealed class LogRecordRedaction : BaseProcessor<LogRecord>
{
    public override void OnEnd(LogRecord data)
    {
        if (data.CategoryName is not { } category
            || !(category.StartsWith("Microsoft.", StringComparison.Ordinal) || category.StartsWith("System.", StringComparison.Ordinal)))
        {
            return;
        }

        if (data.FormattedMessage is { } message)
        {
            data.FormattedMessage = TelemetryRedaction.Scrub(message);
        }

        if (data.Attributes is { Count: > 0 } attributes)
        {
            data.Attributes = [.. attributes.Select(a => a.Value is string text ? new KeyValuePair<string, object?>(a.Key, TelemetryRedaction.Scrub(text)) : a)];
        }
    }
}
