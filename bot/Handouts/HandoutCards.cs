using Microsoft.Extensions.Localization;
using PuenteBot.Content.Handouts;
using PuenteBot.Content.Resources;
using PuenteBot.Protocol;

namespace PuenteBot.Handouts;

/// <summary>A handout as a chat card: title, summary and a button that opens its page.</summary>
public static class HandoutCards
{
    /// <summary>A hero card attachment for <paramref name="handout"/>, linking to its page under <paramref name="baseUrl"/>.</summary>
    public static Attachment ToCardAttachment(this Handout handout, Uri baseUrl, IStringLocalizer<Strings> localizer)
    {
        var url = handout.Url(baseUrl).ToString();
        var open = new HandoutText(localizer, handout.Language)[HandoutKeys.CardOpen];
        return new HeroCard
        {
            Title = handout.Title,
            Text = handout.Summary,
            Buttons = [CardAction.OpenUrl(open, url)],
            Tap = CardAction.OpenUrl(open, url),
        }.ToAttachment();
    }
}
