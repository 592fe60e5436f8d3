using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
namespace PuenteBot.Dialogs.Runtime.Prompts;

/// <summary>Any non-empty text.</summary>
public sealed class TextPrompt(string id, IStringLocalizer<Strings> strings, PromptValidator<string>? validator = null)
    : Prompt<string>(id, strings, validator)
{
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = context.Activity.Text?.Trim();
        return Task.FromResult(string.IsNullOrEmpty(text)
            ? PromptRecognizerResult<string>.Failed
            : PromptRecognizerResult<string>.Of(text));
    }
}
