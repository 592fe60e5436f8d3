using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Runtime.Prompts;

namespace PuenteBot.Dialogs.Barriers;

/// <summary>
/// "What might get in the way?": answered in the caregiver's words (every barrier they name, in order), by an
/// option's number or words, or with "nothing". A bare number is always the option's: the learned model reads "5" or
/// "6" as a time, and so as the schedule.
/// </summary>
public sealed class BarrierPrompt(string id, ChoiceRecognizer choices, IntentRecognizer intents, IStringLocalizer<Strings> strings)
    : Prompt<BarrierAnswer>(id, strings)
{
    protected override Task<PromptRecognizerResult<BarrierAnswer>> OnRecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = context.Activity.Text;
        var bareNumber = text?.Trim() is { Length: > 0 } trimmed && trimmed.All(char.IsDigit);
        var named = bareNumber ? [] : intents.Recognize(text, context.Language).Barriers;
        var answer = named.Count > 0 ? new BarrierAnswer([.. named.Select(kind => new NamedBarrier(kind, text))])
            : choices.Recognize(text, ChoicesFor(context, options), context.Language) is { } picked ? Picked(context, options, picked)
            : BarrierWords.IsNothing(text) ? BarrierAnswer.NothingInTheWay
            : null;
        return Task.FromResult(answer is null ? PromptRecognizerResult<BarrierAnswer>.Failed : PromptRecognizerResult<BarrierAnswer>.Of(answer));
    }

    /// <summary>An option of the list; its title, in the caregiver's language, stands for their words.</summary>
    private BarrierAnswer Picked(ITurnContext context, PromptOptions options, FoundChoice picked) =>
        picked.Value == BarrierPlaybook.Other
            ? new BarrierAnswer([new NamedBarrier(BarrierPlaybook.Other, null)])
            : new BarrierAnswer([new NamedBarrier(picked.Value, ChoicesFor(context, options)[picked.Index].Title)]);
}
