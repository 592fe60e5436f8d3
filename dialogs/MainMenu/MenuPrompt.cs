using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Runtime.Prompts;

namespace PuenteBot.Dialogs.MainMenu;

/// <summary>
/// The menu question: answered by an option's number or words, or by a sentence that names a topic. A sentence's
/// topic wins over an option it only half matches ("my family thinks…" is not "Things got harder").
/// </summary>
public sealed class MenuPrompt(string id, ChoiceRecognizer choices, IntentRecognizer intents, IStringLocalizer<Strings> strings)
    : Prompt<FoundChoice>(id, strings)
{
    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken)
    {
        var offered = ChoicesFor(context, options);
        var picked = choices.Recognize(context.Activity.Text, offered, context.Language);
        if (picked is { Score: >= TitleScore })
        {
            context.TurnState[TurnStateKeys.MenuTitlePicked] = true;
        }

        var found = picked is { Score: < TitleScore } or null
            && MenuTopics.FromIntent(intents.Recognize(context.Activity.Text, context.Language)) is { } topic
                ? new FoundChoice(topic, MenuTopicIndex(offered, topic), 1.0)
                : picked;
        return Task.FromResult(found is null ? PromptRecognizerResult<FoundChoice>.Failed : PromptRecognizerResult<FoundChoice>.Of(found));
    }

    /// <summary>A choice found this well is the option named, whatever the recognizers make of the words.</summary>
    private const double TitleScore = 0.8;

    private static int MenuTopicIndex(IReadOnlyList<Choice> offered, string topic) =>
        offered.Select((choice, index) => (choice, index)).FirstOrDefault(c => c.choice.Value == topic, (null!, -1)).Item2;
}
