using System.Diagnostics;
using System.Text.RegularExpressions;
using OpenTelemetry;
using PuenteBot.Hosting.Logging;

namespace PuenteBot.Hosting.Telemetry;

/// <summary>
/// The last look at every span before it is exported: in its name and in each URL-like tag (<c>url.*</c>,
/// <c>http.*</c>) the value of a query credential (<c>?t=</c> of the Direct
/// Line stream, <c>token</c>, <c>access_token</c>: <see cref="LogRedaction"/>) is masked, and so is any run of seven or
/// more digits (a phone number in a path such as a channel's conversation id). The HTTP instrumentations already
/// hide query values; this holds whatever else a library or a future route puts there.
/// </summary>
public sealed partial class TelemetryRedaction : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        data.DisplayName = Scrub(data.DisplayName);
        List<KeyValuePair<string, string>>? changed = null;
        foreach (var (key, value) in data.Tags)
        {
            if (value is not null && IsUrlLike(key) && Scrub(value) is var scrubbed && !ReferenceEquals(scrubbed, value))
            {
                (changed ??= []).Add(new(key, scrubbed));
            }
        }

        foreach (var (key, value) in changed ?? [])
        {
            data.SetTag(key, value);
        }
    }

    /// <summary>The text with query credentials and long digit runs masked; the same instance when there was nothing to mask.</summary>
    public static string Scrub(string text)
    {
        var redacted = LogRedaction.Redact(text);
        return DigitRun().IsMatch(redacted) ? DigitRun().Replace(redacted, LogRedaction.Mask) : redacted;
    }

    private static bool IsUrlLike(string key) =>
        key.StartsWith("url.", StringComparison.Ordinal) || key.StartsWith("http.", StringComparison.Ordinal);

    /// <summary>Seven or more digits, possibly after a + (or its escape), with spaces, dashes or brackets between them (not dots: an IP address stays).</summary>
    [GeneratedRegex(@"(?:\+|%2[Bb])?\d(?:(?:[\s\-()]|%20|%2[Dd])*\d){6,}", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRun();
}
