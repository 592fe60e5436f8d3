using System.Text.RegularExpressions;
using PuenteBot.Content.Sms;

namespace PuenteBot.Channels.Sms;

/// <summary>
/// Splits a reply into SMS messages of at most a given number of segments, counted for the encoding each part
/// really needs (GSM-7 or UCS-2). It breaks between paragraphs first, then lines, then sentences, then words —
/// never inside a word or a link — and numbers the parts ("1/2 ") when there is more than one, so they read in
/// order even if they arrive out of order. A single word or link longer than a part is sent whole.
/// </summary>
public static partial class SmsSplitter
{
    /// <summary>Room kept in each part for its number, "99/99 ".</summary>
    private const string NumberRoom = "99/99 ";

    private static readonly Func<string, string[]>[] Breaks =
    [
        text => text.Split("\n\n"),
        text => text.Split('\n'),
        text => SentenceEnd().Split(text),
        text => text.Split(' '),
    ];

    private static readonly string[] Joins = ["\n\n", "\n", " ", " "];

    public static IReadOnlyList<string> Split(string text, int maxSegments)
    {
        text = text.Trim();
        if (SmsSegments.Count(text).Segments <= maxSegments)
        {
            return [text];
        }

        var parts = Pack(text, 0, maxSegments);
        return [.. parts.Select((part, i) => $"{i + 1}/{parts.Count} {part}")];
    }

    private static List<string> Pack(string text, int level, int maxSegments)
    {
        if (Fits(text, maxSegments) || level == Breaks.Length)
        {
            return [text];
        }

        var parts = new List<string>();
        var current = string.Empty;
        foreach (var piece in Breaks[level](text).Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            var joined = current.Length == 0 ? piece : current + Joins[level] + piece;
            if (Fits(joined, maxSegments))
            {
                current = joined;
                continue;
            }

            if (current.Length > 0)
            {
                parts.Add(current);
            }

            current = string.Empty;
            if (Fits(piece, maxSegments))
            {
                current = piece;
            }
            else
            {
                parts.AddRange(Pack(piece, level + 1, maxSegments));
            }
        }

        if (current.Length > 0)
        {
            parts.Add(current);
        }

        return parts;
    }

    private static bool Fits(string part, int maxSegments) => SmsSegments.Count(NumberRoom + part).Segments <= maxSegments;

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
