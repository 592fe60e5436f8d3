using System.Text.Json;
using PuenteBot.Channels.Sms;
using PuenteBot.Protocol;

namespace PuenteBot.Tests.Transcripts;

/// <summary>
/// One reply of a turn as the family got it: its text, what it reads as on SMS, its options (null when only the SMS
/// text is known, as through the Twilio webhook, where they are its numbered lines) and its cards' titles.
/// </summary>
public sealed record TranscriptReply(string Text, string Sms, IReadOnlyList<string>? Options, IReadOnlyList<string?> Cards)
{
    public static TranscriptReply Of(Activity reply) => new(
        reply.Text ?? string.Empty,
        SmsText.Render(reply, TranscriptTests.PublicBaseUrl),
        [.. reply.SuggestedActions?.Actions?.Select(a => a.Title ?? string.Empty) ?? []],
        [.. (reply.Attachments ?? []).Where(a => a.ContentType == HeroCard.ContentType && a.Content is not null)
            .Select(a => a.Content!.Value.Deserialize(ProtocolJsonContext.Default.HeroCard)?.Title)]);
}
