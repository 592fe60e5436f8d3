using Microsoft.Extensions.Localization;
using PuenteBot.Dialogs.MainMenu;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Dialogs.Topics;

/// <summary>The caregiver's own words that opened a topic, when they said more than a menu pick.</summary>
public static class TopicOpening
{
    private const int BareYesWords = 2;

    private static readonly BooleanRecognizer Yes = new();

    /// <summary>
    /// The opening message, or null when it only picked <paramref name="topic"/> from the menu: a number, the
    /// option's title in either language, or a bare yes (to the menu's "Do you want to tell me what's going on?").
    /// </summary>
    public static string? Words(TopicOptions? options, IStringLocalizer strings, string topic)
    {
        var text = options?.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.All(c => char.IsDigit(c) || char.IsWhiteSpace(c) || c is '.' or ')')
            || NormalizedText.Words(text).Length <= BareYesWords && Yes.Recognize(text) == true)
        {
            return null;
        }

        var said = string.Join(' ', NormalizedText.Words(text));
        var isTitle = new[] { Languages.English, Languages.Spanish }.Any(language =>
            string.Join(' ', NormalizedText.Words(strings.For(language, "Menu.Option." + topic))) == said);
        return isTitle ? null : text;
    }
}
