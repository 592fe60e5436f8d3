using System.Text.Json;
using Microsoft.Extensions.Options;
using PuenteBot.Channels.Sms;
using PuenteBot.Protocol;
using PuenteBot.Turns;

namespace PuenteBot.Channels.BotFramework;

/// <summary>
/// Cards link to the bot's own pages by path (<c>/handouts/es/…</c>), which the embedded web chat opens on the
/// bot's address; a client of Azure Bot Service (Teams, Azure's Web Chat) has no such address, so for those the
/// links get the bot's public address (<c>Sms:PublicBaseUrl</c>) when it is set. SMS replies are text already.
/// </summary>
public sealed class CardLinkShaper(IOptions<SmsOptions> options) : IReplyShaper
{
    public IReadOnlyList<Activity> Shape(Activity inbound, IReadOnlyList<Activity> replies)
    {
        var publicBaseUrl = options.Value.PublicBaseUrl;
        if (publicBaseUrl.Length == 0 || ChannelIds.IsSms(inbound.ChannelId))
        {
            return replies;
        }

        foreach (var reply in replies)
        {
            var attachments = reply.Attachments ?? [];
            for (var i = 0; i < attachments.Count; i++)
            {
                if (attachments[i] is { ContentType: HeroCard.ContentType, Content: { } content }
                    && content.Deserialize(ProtocolJsonContext.Default.HeroCard) is { } card)
                {
                    attachments[i].Content = Absolute(card, publicBaseUrl).ToAttachment().Content;
                }
            }
        }

        return replies;
    }

    private static HeroCard Absolute(HeroCard card, string publicBaseUrl)
    {
        foreach (var action in (card.Buttons ?? []).Append(card.Tap).OfType<CardAction>())
        {
            if (action is { Type: ActionTypes.OpenUrl, Value: { ValueKind: JsonValueKind.String } value })
            {
                action.Value = JsonSerializer.SerializeToElement(SmsText.Absolute(value.GetString()!, publicBaseUrl), ProtocolJsonContext.Default.String);
            }
        }

        return card;
    }
}
