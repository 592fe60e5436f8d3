using System.Text;
using System.Text.Json;
using PuenteBot.Protocol;

namespace PuenteBot.Channels.Sms;

/// <summary>
/// One reply as plain SMS text: its text, each hero card as title, short text and absolute link, and the
/// suggested actions as a numbered list in the order offered — the order the choice recognizer numbers them in.
/// A reply with cards and a <see cref="Activity.Summary"/> (the protocol's text for channels that cannot show
/// cards; a handout's own SMS wording) gets that summary instead of the cards' titles and texts, then their links.
/// </summary>
public static class SmsText
{
    public static string Render(Activity reply, string publicBaseUrl)
    {
        var text = new StringBuilder(reply.Text?.Trim());
        var cards = HeroCards(reply).ToList();
        var summarized = cards.Count > 0 && !string.IsNullOrWhiteSpace(reply.Summary);
        if (summarized)
        {
            Line(text, reply.Summary);
        }

        foreach (var card in cards)
        {
            if (!summarized)
            {
                Line(text, card.Title);
                Line(text, card.Text);
            }

            Line(text, LinkOf(card) is { } link ? Absolute(link, publicBaseUrl) : null);
        }

        var actions = reply.SuggestedActions?.Actions ?? [];
        for (var i = 0; i < actions.Count; i++)
        {
            var link = actions[i].Type == ActionTypes.OpenUrl ? ": " + Absolute(StringValue(actions[i]) ?? string.Empty, publicBaseUrl) : string.Empty;
            Line(text, $"{i + 1}. {actions[i].Title}{link}");
        }

        return text.ToString();
    }

    /// <summary>A link as a family can open it from a text message: relative links get the public base address.</summary>
    public static string Absolute(string link, string publicBaseUrl)
    {
        var absolute = !link.StartsWith('/') && Uri.TryCreate(link, UriKind.Absolute, out _);
        return absolute || publicBaseUrl.Length == 0 ? link : publicBaseUrl.TrimEnd('/') + "/" + link.TrimStart('/');
    }

    private static IEnumerable<HeroCard> HeroCards(Activity reply) =>
        (reply.Attachments ?? [])
            .Where(a => a.ContentType == HeroCard.ContentType && a.Content is not null)
            .Select(a => a.Content!.Value.Deserialize(ProtocolJsonContext.Default.HeroCard))
            .OfType<HeroCard>();

    private static string? LinkOf(HeroCard card) =>
        (card.Tap is { Type: ActionTypes.OpenUrl } tap ? StringValue(tap) : null)
        ?? card.Buttons?.Where(b => b.Type == ActionTypes.OpenUrl).Select(StringValue).FirstOrDefault(v => v is not null);

    private static string? StringValue(CardAction action) =>
        action.Value is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static void Line(StringBuilder text, string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        if (text.Length > 0)
        {
            text.Append('\n');
        }

        text.Append(line.Trim());
    }
}
