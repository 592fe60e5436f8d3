using PuenteBot.Content.Sms;

namespace PuenteBot.Channels.Sms;

/// <summary>
/// Splits a turn's text into SMS messages of at most a given number of segments, counted for the encoding each
/// part really needs (GSM-7 or UCS-2), so that the family pays for as few segments as possible: a paragraph that
/// stays in GSM-7 goes in its own part rather than riding in a UCS-2 one. Breaks fall between paragraphs first,
/// then lines, then sentences, then words — never inside a word or a link. A numbered list is never split: its
/// items and the question before it go in one part (or the list alone, when the two do not fit). Parts are
/// numbered ("1/2 ") when there is more than one, so they read in order even if they arrive out of order. A
/// single word, link or list longer than a part is sent whole.
/// </summary>
public static class SmsSplitter
{
    /// <summary>Room kept in each part for its number, "99/99 ".</summary>
    private const string NumberRoom = "99/99 ";

    private static readonly string[] Joins = ["\n\n", "\n", " ", " "];

    public static IReadOnlyList<string> Split(string text, int maxSegments)
    {
        text = text.Trim();
        var atoms = SmsAtoms.Of(text, piece => Fits(piece, maxSegments));
        var parts = Cheapest(atoms, maxSegments);
        var whole = SmsSegments.Count(text).Segments;
        if (parts.Count <= 1 || (whole <= maxSegments && whole <= parts.Sum(p => SmsSegments.Count(NumberRoom + p).Segments)))
        {
            return [text];
        }

        return [.. parts.Select((part, i) => $"{i + 1}/{parts.Count} {part}")];
    }

    /// <summary>
    /// The grouping of the atoms, in order, into parts that each fit (or hold one atom too long for any part) with
    /// the fewest segments in all; among those, the fewest parts, then the strongest breaks.
    /// </summary>
    private static List<string> Cheapest(IReadOnlyList<SmsAtom> atoms, int maxSegments)
    {
        var best = new (int Segments, int Parts, int Weakness, int From)?[atoms.Count + 1];
        best[0] = (0, 0, 0, 0);
        for (var end = 1; end <= atoms.Count; end++)
        {
            for (var start = end - 1; start >= 0; start--)
            {
                var part = Join(atoms, start, end);
                var segments = SmsSegments.Count(NumberRoom + part).Segments;
                if (segments > maxSegments && end - start > 1)
                {
                    break;
                }

                var before = best[start]!.Value;
                var candidate = (before.Segments + segments, before.Parts + 1, before.Weakness + (start == 0 ? 0 : atoms[start].Break), start);
                if (best[end] is not { } current || IsCheaper(candidate, current))
                {
                    best[end] = candidate;
                }
            }
        }

        var parts = new List<string>();
        for (var end = atoms.Count; end > 0; end = best[end]!.Value.From)
        {
            parts.Insert(0, Join(atoms, best[end]!.Value.From, end));
        }

        return parts;
    }

    private static bool IsCheaper((int Segments, int Parts, int Weakness, int From) a, (int Segments, int Parts, int Weakness, int From) b) =>
        (a.Segments, a.Parts, a.Weakness).CompareTo((b.Segments, b.Parts, b.Weakness)) < 0;

    private static string Join(IReadOnlyList<SmsAtom> atoms, int start, int end) =>
        string.Concat(atoms.Skip(start).Take(end - start).Select((atom, i) => i == 0 ? atom.Text : Joins[atom.Break] + atom.Text));

    private static bool Fits(string part, int maxSegments) => SmsSegments.Count(NumberRoom + part).Segments <= maxSegments;
}
