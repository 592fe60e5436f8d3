using Microsoft.Extensions.Options;
using PuenteBot.Content.Sms;
using PuenteBot.Protocol;

namespace PuenteBot.Channels.Sms;

/// <summary>
/// Turns a turn's replies into the SMS messages to send, in order: every reply rendered as text (numbered
/// options, cards with absolute links; Spanish in GSM-7 only when <c>Sms:Spanish:Gsm7Only</c> is set), joined,
/// then split into messages of at most <c>Sms:MaxSegments</c> segments with the fewest segments in all. Used by the Twilio webhook and for activities of Azure Bot Service's SMS channel (channelId "sms").
/// </summary>
public sealed class SmsReplyShaper(IOptions<SmsOptions> options)
{
    public IReadOnlyList<string> Texts(IReadOnlyList<Activity> replies)
    {
        var rendered = replies
            .Where(r => r.Type is null or ActivityTypes.Message)
            .Select(r => Written(r, SmsText.Render(r, options.Value.PublicBaseUrl)))
            .Where(t => t.Length > 0)
            .ToList();
        return rendered.Count == 0 ? [] : SmsSplitter.Split(string.Join("\n\n", rendered), options.Value.MaxSegments);
    }

    /// <summary>A Spanish reply in GSM-7 only when the clinic chose cost over accents (<c>Sms:Spanish:Gsm7Only</c>).</summary>
    private string Written(Activity reply, string text) =>
        options.Value.Spanish.Gsm7Only && reply.Locale?.StartsWith("es", StringComparison.OrdinalIgnoreCase) == true ? SmsGsm7.Fold(text) : text;

    /// <summary>The replies as SMS message activities, addressed like the first reply; the last keeps the turn's input hint.</summary>
    public IReadOnlyList<Activity> Shape(IReadOnlyList<Activity> replies)
    {
        var first = replies.FirstOrDefault();
        var parts = Texts(replies).Select(text => Part(first, text)).ToList();
        if (parts.Count > 0)
        {
            parts[^1].InputHint = replies[^1].InputHint;
        }

        return parts;
    }

    private static Activity Part(Activity? template, string text) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = template?.ChannelId,
        ServiceUrl = template?.ServiceUrl,
        From = template?.From,
        Recipient = template?.Recipient,
        Conversation = template?.Conversation,
        ReplyToId = template?.ReplyToId,
        Locale = template?.Locale,
        InputHint = InputHints.AcceptingInput,
        Text = text,
    };
}
