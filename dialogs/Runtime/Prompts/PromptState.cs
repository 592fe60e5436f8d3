using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.Runtime.Prompts;

/// <summary>What a waiting prompt keeps in its dialog state, readable by the interruptions that run before it.</summary>
public static class PromptState
{
    internal const string OptionsKey = "options";

    /// <summary>The options of the prompt <paramref name="instance"/> is, or null when it is no prompt.</summary>
    public static PromptOptions? OptionsOf(DialogInstance? instance) =>
        instance?.State[OptionsKey] is JsonNode node ? DialogJson.FromNode<PromptOptions>(node) : null;

    /// <summary>Whether <paramref name="text"/> is the title of one of the options the waiting prompt offers (a button pressed).</summary>
    public static bool IsOfferedTitle(DialogInstance? instance, string? text, IStringLocalizer strings, ITurnContext context)
    {
        if (OptionsOf(instance) is not { Choices: { } choices } options || string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var folded = TextNormalizer.Fold(text).Trim();
        return choices.Any(c => TextNormalizer.Fold(options.Localized ? strings.For(context, c.Title) : c.Title).Trim() == folded);
    }
}
