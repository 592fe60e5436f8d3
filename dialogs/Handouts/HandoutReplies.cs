using Microsoft.Extensions.Localization;
using PuenteBot.Content.Handouts;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Handouts;

/// <summary>
/// A handout as a chat reply: a card with its title, summary and a button that opens its page. The link is the
/// page's path on the bot unless a public address is given; SMS rendering turns it into an absolute link.
/// </summary>
public static class HandoutReplies
{
    public const string OpenKey = "Handouts.Card.Open";

    public static Attachment Card(Handout handout, string openLabel, Uri? baseUrl = null)
    {
        var url = baseUrl is null ? handout.UrlPath : handout.Url(baseUrl).ToString();
        return new HeroCard
        {
            Title = handout.Title,
            Text = handout.Summary,
            Buttons = [CardAction.OpenUrl(openLabel, url)],
            Tap = CardAction.OpenUrl(openLabel, url),
        }.ToAttachment();
    }

    /// <summary>
    /// Sends <paramref name="handout"/> as a card and notes it for the care team. The handout's SMS wording goes in
    /// the reply's summary (the protocol's text for channels without cards), which SMS sends with the link.
    /// </summary>
    public static Task SendHandoutAsync(this ITurnContext context, Handout handout, IStringLocalizer<Strings> strings, CancellationToken cancellationToken)
    {
        var sent = context.Conversation.Notes.HandoutsSent;
        if (!sent.Contains(handout.Slug))
        {
            sent.Add(handout.Slug);
        }

        var reply = Activity.Message(null);
        reply.Summary = handout.Sms;
        reply.Attachments = [Card(handout, strings.For(context, OpenKey))];
        return context.SendActivityAsync(reply, cancellationToken);
    }
}
