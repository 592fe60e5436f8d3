using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.Runtime.Prompts;

/// <summary>Yes or no, offered as two options, answered with a word, a number or an emoji.</summary>
public sealed class ConfirmPrompt(
    string id,
    BooleanRecognizer booleans,
    ChoiceRecognizer choices,
    IStringLocalizer<Strings> strings,
    PromptValidator<bool>? validator = null) : Prompt<bool>(id, strings, validator)
{
    protected override IReadOnlyList<Choice> ChoicesFor(ITurnContext context, PromptOptions options) =>
        options.Choices is null
            ? [new Choice("yes", Strings.For(context, "Prompt.Yes")), new Choice("no", Strings.For(context, "Prompt.No"))]
            : base.ChoicesFor(context, options);

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = context.Activity.Text;
        var value = booleans.Recognize(text)
            ?? choices.Recognize(text, ChoicesFor(context, options), context.Language) switch
            {
                { Index: 0 } => true,
                { Index: 1 } => false,
                _ => (bool?)null,
            };
        return Task.FromResult(value is { } yes
            ? PromptRecognizerResult<bool>.Of(yes)
            : PromptRecognizerResult<bool>.Failed);
    }
}
