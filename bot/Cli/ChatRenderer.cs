using System.Text;
using System.Text.Json;
using PuenteBot.Protocol;

namespace PuenteBot.Cli;

/// <summary>Shows a reply as terminal text: the message, cards as title and text, options as a numbered list.</summary>
public static class ChatRenderer
{
    public static string Render(Activity reply)
    {
        var text = new StringBuilder(reply.Text);
        foreach (var card in reply.Attachments ?? [])
        {
            if (card.ContentType == HeroCard.ContentType && card.Content is { } content
                && content.Deserialize(ProtocolJsonContext.Default.HeroCard) is { } hero)
            {
                (text.Length > 0 ? text.AppendLine() : text).Append("[ ").Append(hero.Title).Append(" ] ").Append(hero.Text);
                foreach (var button in hero.Buttons ?? [])
                {
                    text.AppendLine().Append("  ").Append(button.Title).Append(": ").Append(button.Value?.ToString());
                }
            }
        }

        var actions = reply.SuggestedActions?.Actions ?? [];
        for (var i = 0; i < actions.Count; i++)
        {
            text.AppendLine().Append("  ").Append(i + 1).Append(". ").Append(actions[i].Title);
        }

        return text.ToString();
    }
}
