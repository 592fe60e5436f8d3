using System.Text.RegularExpressions;
using PuenteBot.Channels.Sms;

namespace PuenteBot.Tests.Transcripts;

/// <summary>
/// Cuts a turn's SMS messages back into its replies. The webhook renders each reply as SMS text (its text, then cards
/// and numbered options line by line), joins them with a blank line and splits the whole into numbered messages. So the
/// messages are joined back into that text (numbers off, each break one that <see cref="SmsSplitter"/> splits the same
/// way; of those, the joining where every reply of the turn is found, with the fewest paragraphs), each reply with a text (from the conversation log) is found in it in order, whatever the line breaks, and
/// runs to the end of the paragraph where its text ends; the paragraphs after it, up to the next reply found, are the
/// replies without a text that followed it (a handout: its SMS wording and link), one each. A reply not found was not sent.
/// </summary>
public static partial class SmsReplies
{
    /// <summary>Breaks tried between two messages: a paragraph, a line, a space.</summary>
    private static readonly string[] Breaks = ["\n\n", "\n", " "];

    public static IReadOnlyList<TranscriptReply> Attribute(IReadOnlyList<string> replyTexts, IReadOnlyList<string> messages, int maxSegments = 3)
    {
        var attributions = Joinings(messages, maxSegments).Select(sms => Attribute(replyTexts, sms)).ToList();
        return attributions.FirstOrDefault(replies => replies.Count == replyTexts.Count) ?? attributions[^1];
    }

    /// <summary>
    /// The texts the messages may have been split from: those whose split gives them back, fewest paragraphs first (a
    /// break between two messages is a paragraph, a line or a space; at most 3^7 tries), and last the messages as paragraphs.
    /// </summary>
    public static IEnumerable<string> Joinings(IReadOnlyList<string> messages, int maxSegments)
    {
        var parts = messages.Select(m => PartNumber().Replace(m, string.Empty).Trim()).ToList();
        IEnumerable<(string Text, int Paragraphs)> candidates = parts.Count is > 1 and <= 8 ? [(parts[0], 0)] : [];
        foreach (var part in parts.Skip(1))
        {
            candidates = candidates.SelectMany(c => Breaks.Select(join => (c.Text + join + part, c.Paragraphs + (join == Breaks[0] ? 1 : 0))));
        }

        return candidates.Where(c => SmsSplitter.Split(c.Text, maxSegments).SequenceEqual(messages))
            .OrderBy(c => c.Paragraphs)
            .Select(c => c.Text)
            .Append(string.Join(Breaks[0], parts));
    }

    private static List<TranscriptReply> Attribute(IReadOnlyList<string> replyTexts, string sms)
    {
        var replies = new List<TranscriptReply>();
        var (at, followers) = (0, 0);
        foreach (var text in replyTexts.Select(Normalize))
        {
            if (text.Length == 0)
            {
                followers++;
                continue;
            }

            if (Loosely(text).Match(sms, at) is not { Success: true } found)
            {
                continue;
            }

            replies.AddRange(Paragraphs(sms[at..found.Index], Math.Max(followers, 1)).Select(p => new TranscriptReply(string.Empty, p, null, [])));
            var end = sms.IndexOf("\n\n", found.Index + found.Length, StringComparison.Ordinal) is var blank and >= 0 ? blank : sms.Length;
            replies.Add(new TranscriptReply(text, Normalize(sms[found.Index..end]), null, []));
            (at, followers) = (end, 0);
        }

        replies.AddRange(Paragraphs(sms[at..], Math.Max(followers, 1)).Select(p => new TranscriptReply(string.Empty, p, null, [])));
        return replies;
    }

    /// <summary>Text with every run of whitespace as one space, as it reads whatever line breaks a split moved.</summary>
    public static string Normalize(string text) => Whitespace().Replace(text.Trim(), " ");

    /// <summary>
    /// The paragraphs of <paramref name="text"/> for <paramref name="replies"/> replies: one each, the last taking any
    /// left over (text no reply of the log accounts for is a reply of its own, so that it cannot pass unseen).
    /// </summary>
    private static IEnumerable<string> Paragraphs(string text, int replies)
    {
        var paragraphs = text.Split("\n\n").Select(Normalize).Where(p => p.Length > 0).ToList();
        return paragraphs.Count == 0 ? []
            : paragraphs.Take(replies - 1).Append(string.Join(" ", paragraphs.Skip(replies - 1))).Where(p => p.Length > 0);
    }

    private static Regex Loosely(string text) =>
        new(string.Join(@"\s+", text.Split(' ').Select(Regex.Escape)), RegexOptions.CultureInvariant);

    [GeneratedRegex(@"^\d+/\d+ ")]
    private static partial Regex PartNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
