using System.Text;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Sms;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Tests.Transcripts;

/// <summary>
/// A step's <c>bot:</c> against the turn's replies: every reply is one of them, in order, and nothing else was said —
/// or, with <c>extras: true</c>, they come in order among others. A failure shows the whole turn.
/// </summary>
public static class TranscriptReplies
{
    public static void Check(TranscriptStep step, TranscriptTurn turn, IStringLocalizer strings, ITurnContext said, string where)
    {
        if (step.Silent)
        {
            Assert.True(turn.Replies.Count == 0 && turn.SmsMessages.Count == 0, $"{where}: expected silence.{Describe(turn, strings, said)}");
        }

        if (step.Segments is { } most)
        {
            var segments = turn.SmsMessages.Sum(m => SmsSegments.Count(m).Segments);
            Assert.True(segments <= most, $"{where}: {segments} SMS segments, expected at most {most}.{Describe(turn, strings, said)}");
        }

        if (step.Bot.Count == 0)
        {
            return;
        }

        bool Matches(TranscriptReply reply, ReplyExpectation expected) => TranscriptReplies.Matches(reply, expected, strings, said);
        var matched = step.Extras
            ? InOrder(turn.Replies, step.Bot, Matches)
            : turn.Replies.Count == step.Bot.Count && turn.Replies.Zip(step.Bot).All(pair => Matches(pair.First, pair.Second));
        Assert.True(matched, $"{where}: expected {(step.Extras ? "these replies in order, among others" : "exactly these replies")}:\n"
            + string.Concat(step.Bot.Select(e => $"  - {Describe(e, strings, said)}\n"))
            + Describe(turn, strings, said));
    }

    /// <summary>The reply is the UI string (as the turn words it), contains the text, offers the options, carries the card and reads so on SMS.</summary>
    public static bool Matches(TranscriptReply reply, ReplyExpectation expected, IStringLocalizer strings, ITurnContext said) =>
        (expected.Says is null || SmsReplies.Normalize(reply.Text) == SmsReplies.Normalize(Said(strings, said, expected.Says)))
        && (expected.Contains is null || SmsReplies.Normalize(reply.Text).Contains(SmsReplies.Normalize(expected.Contains), StringComparison.Ordinal))
        && (expected.Options is null || OffersOptions(reply, expected.Options))
        && (expected.Card is null || reply.Cards.Contains(expected.Card))
        && (expected.Sms is null || SmsReplies.Normalize(reply.Sms).Contains(SmsReplies.Normalize(expected.Sms), StringComparison.Ordinal));

    private static string Said(IStringLocalizer strings, ITurnContext said, string key) =>
        TranscriptKeys.Text(strings, said, key) ?? throw new InvalidOperationException($"The UI string {key} takes arguments: match it with contains: instead.");

    /// <summary>Its options; on SMS through the webhook, the numbered lines after its text (none for <c>options: []</c>).</summary>
    private static bool OffersOptions(TranscriptReply reply, List<string> options)
    {
        if (reply.Options is { } offered)
        {
            return options.SequenceEqual(offered);
        }

        var sms = SmsReplies.Normalize(reply.Sms);
        var after = sms.StartsWith(reply.Text, StringComparison.Ordinal) ? sms[reply.Text.Length..] : sms;
        return options.Count == 0
            ? !after.Contains("1. ", StringComparison.Ordinal)
            : after.EndsWith(string.Join(" ", options.Select((o, i) => $"{i + 1}. {SmsReplies.Normalize(o)}")), StringComparison.Ordinal);
    }

    private static bool InOrder(IReadOnlyList<TranscriptReply> replies, IReadOnlyList<ReplyExpectation> expected, Func<TranscriptReply, ReplyExpectation, bool> matches)
    {
        var next = 0;
        foreach (var reply in replies)
        {
            if (next < expected.Count && matches(reply, expected[next]))
            {
                next++;
            }
        }

        return next == expected.Count;
    }

    private static string Describe(ReplyExpectation expected, IStringLocalizer strings, ITurnContext said)
    {
        var parts = new List<string>();
        if (expected.Says is { } key)
        {
            parts.Add($"says {key} \"{TranscriptKeys.Text(strings, said, key)}\"");
        }

        parts.AddRange([
            .. expected.Contains is { } text ? [$"contains \"{text}\""] : Array.Empty<string>(),
            .. expected.Options is { } options ? [$"options [{string.Join(", ", options)}]"] : Array.Empty<string>(),
            .. expected.Card is { } card ? [$"card \"{card}\""] : Array.Empty<string>(),
            .. expected.Sms is { } sms ? [$"sms \"{sms}\""] : Array.Empty<string>(),
        ]);
        return string.Join(", ", parts);
    }

    /// <summary>The whole turn: every reply, by key when it is a UI string, with its text, options and cards; then the SMS messages.</summary>
    private static string Describe(TranscriptTurn turn, IStringLocalizer strings, ITurnContext said)
    {
        var text = new StringBuilder($"\nthe turn said ({turn.Replies.Count} replies):\n");
        for (var i = 0; i < turn.Replies.Count; i++)
        {
            var reply = turn.Replies[i];
            var shown = reply.Options is null ? reply.Sms : reply.Text;
            text.Append($"  {i + 1}. {TranscriptKeys.Of(strings, said, reply.Text) ?? "(no UI string)"}: \"{shown}\"");
            text.Append(reply.Options is { Count: > 0 } options ? $" [{string.Join(", ", options)}]" : string.Empty);
            text.AppendLine(string.Concat(reply.Cards.Select(c => $" <card {c}>")));
        }

        foreach (var message in turn.SmsMessages)
        {
            text.AppendLine($"  SMS ({SmsSegments.Count(message).Segments} segments): \"{message}\"");
        }

        return text.ToString();
    }
}
