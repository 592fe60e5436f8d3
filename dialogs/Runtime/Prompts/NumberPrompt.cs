using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.Runtime.Prompts;

/// <summary>A number written as digits or words ("7", "siete"); a validator can limit the range.</summary>
public sealed class NumberPrompt(string id, NumberRecognizer numbers, IStringLocalizer<Strings> strings, PromptValidator<double>? validator = null)
    : Prompt<double>(id, strings, validator)
{
    protected override Task<PromptRecognizerResult<double>> OnRecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken)
    {
        var found = numbers.Recognize(context.Activity.Text, context.Language);
        return Task.FromResult(found.Count > 0
            ? PromptRecognizerResult<double>.Of(found[0].Value)
            : PromptRecognizerResult<double>.Failed);
    }
}
