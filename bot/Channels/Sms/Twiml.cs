using System.Text;

namespace PuenteBot.Channels.Sms;

/// <summary>
/// TwiML for a messaging webhook: <c>&lt;Response&gt;</c> with one <c>&lt;Message&gt;</c> per SMS, in order,
/// written the way Twilio's own helper libraries write it (UTF-8, no indentation, text escaped for XML).
/// </summary>
public static class Twiml
{
    public const string ContentType = "text/xml; charset=utf-8";

    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    public static string Messages(IEnumerable<string> texts)
    {
        var xml = new StringBuilder(Declaration);
        var any = false;
        foreach (var text in texts)
        {
            xml.Append(any ? string.Empty : "<Response>").Append("<Message>").Append(Escape(text)).Append("</Message>");
            any = true;
        }

        return xml.Append(any ? "</Response>" : "<Response/>").ToString();
    }

    public static IResult Result(IEnumerable<string> texts) => Results.Text(Messages(texts), ContentType, Encoding.UTF8);

    /// <summary>An empty response: Twilio sends nothing back.</summary>
    public static IResult Empty() => Result([]);

    /// <summary>Escapes text for an XML element; characters XML 1.0 cannot carry at all are dropped.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            escaped.Append(rune.Value switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '\r' => "&#xD;",
                '\t' or '\n' => rune.ToString(),
                < 0x20 or 0xFFFE or 0xFFFF => string.Empty,
                _ => rune.ToString(),
            });
        }

        return escaped.ToString();
    }
}
