using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Questions;

namespace PuenteBot.Dialogs.Runtime.Prompts;

/// <summary>
/// Any non-empty text but small talk: thanks, ok or a feeling emoji ("thx 👍", "gracias", 😭) is no answer to an open
/// question, so it gets its fitting reply and the question waits instead of being noted as what the family said.
/// </summary>
public sealed class TextPrompt(string id, IStringLocalizer<Strings> strings, PromptValidator<string>? validator = null)
    : Prompt<string>(id, strings, validator)
{
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = context.Activity.Text?.Trim();
        return Task.FromResult(string.IsNullOrEmpty(text) || SmallTalk.Of(text) is not null
            ? PromptRecognizerResult<string>.Failed
            : PromptRecognizerResult<string>.Of(text));
    }
}
