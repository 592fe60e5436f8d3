using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Runtime.Prompts;

namespace PuenteBot.Dialogs.Handouts;

/// <summary>
/// "Which topic?": answered by a topic's number or words (its handouts), or by the caregiver's own words
/// (the handouts they ask for). The result is the slugs to send.
/// </summary>
public sealed class HandoutTopicPrompt(string id, ChoiceRecognizer choices, HandoutFinder finder, IStringLocalizer<Strings> strings)
    : Prompt<List<string>>(id, strings)
{
    protected override Task<PromptRecognizerResult<List<string>>> OnRecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = context.Activity.Text;
        List<string> slugs = choices.Recognize(text, ChoicesFor(context, options), context.Language) is { } topic
            ? [.. HandoutTopics.SlugsOf(topic.Value)]
            : [.. finder.Find(text, context.Language).Select(h => h.Slug)];
        return Task.FromResult(slugs.Count > 0 ? PromptRecognizerResult<List<string>>.Of(slugs) : PromptRecognizerResult<List<string>>.Failed);
    }
}
