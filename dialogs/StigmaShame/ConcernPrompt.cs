using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Runtime.Prompts;
using PuenteBot.Dialogs.Topics;

namespace PuenteBot.Dialogs.StigmaShame;

/// <summary>
/// "What worries you most?" Answered by the caregiver's own words (kept, and mapped to a kind when they name
/// one), an option's number or title, or "no" / "no sé" (nothing to keep). Any other text is a worry of its own;
/// a number that is not an option is asked again.
/// </summary>
public sealed class ConcernPrompt(string id, ChoiceRecognizer choices, IStringLocalizer<Strings> strings)
    : Prompt<ConcernAnswer>(id, strings)
{
    protected override Task<PromptRecognizerResult<ConcernAnswer>> OnRecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = context.Activity.Text?.Trim();
        var answer = string.IsNullOrEmpty(text) ? null
            : ConcernKinds.Recognize(text) is { } kind ? new ConcernAnswer(kind, text)
            : choices.Recognize(text, ChoicesFor(context, options), context.Language) is { } picked ? new ConcernAnswer(picked.Value, null)
            : text.All(c => char.IsDigit(c) || char.IsWhiteSpace(c) || char.IsPunctuation(c)) ? null
            : NoAnswer.Is(text) ? ConcernAnswer.None
            : new ConcernAnswer(ConcernKinds.Other, text);
        return Task.FromResult(answer is null ? PromptRecognizerResult<ConcernAnswer>.Failed : PromptRecognizerResult<ConcernAnswer>.Of(answer));
    }
}
