using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.Runtime.Prompts;

/// <summary>One of the offered options, picked by number, title or synonym.</summary>
public sealed class ChoicePrompt(string id, ChoiceRecognizer choices, IStringLocalizer<Strings> strings, PromptValidator<FoundChoice>? validator = null)
    : Prompt<FoundChoice>(id, strings, validator)
{
    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken)
    {
        var found = choices.Recognize(context.Activity.Text, ChoicesFor(context, options), context.Language);
        return Task.FromResult(found is null
            ? PromptRecognizerResult<FoundChoice>.Failed
            : PromptRecognizerResult<FoundChoice>.Of(found));
    }
}
