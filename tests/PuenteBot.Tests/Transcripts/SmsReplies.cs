using System.Text.RegularExpressions;

namespace PuenteBot.Tests.Transcripts;

/// <summary>
/// Cuts a turn's SMS messages back into its replies. The webhook renders each reply as SMS text (its text, then cards
/// and numbered options line by line), joins them with a blank line and splits the whole into numbered messages. So the
/// messages are read as one text (numbers off), each reply with a text (from the conversation log) is found in it in
/// order, whatever the line breaks, and runs to the end of the paragraph where its text ends; the paragraphs after it,
/// up to the next reply found, are the replies without a text that followed it (a handout: its SMS wording and link),
/// one each. A reply not found was not sent.
/// </summary>
public static partial class SmsReplies
{
    public static IReadOnlyList<TranscriptReply> Attribute(IReadOnlyList<string> replyTexts, IReadOnlyList<string> messages)
    {
        var sms = string.Join("\n\n", messages.Select(m => PartNumber().Replace(m, string.Empty).Trim()));
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
