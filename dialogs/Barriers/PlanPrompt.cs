using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Runtime.Prompts;

namespace PuenteBot.Dialogs.Barriers;

/// <summary>
/// "Which one could work for you?": an option by number or words, or "none of these" in any wording
/// ("ninguna, eso no me sirve", "none of those work"), which picks <see cref="NoneKey"/>; or "that's not it",
/// which picks <see cref="CorrectionKey"/> (the barrier was misheard).
/// </summary>
public sealed class PlanPrompt(string id, ChoiceRecognizer choices, IStringLocalizer<Strings> strings) : Prompt<FoundChoice>(id, strings)
{
    public const string NoneKey = BarrierPlaybook.OptionPrefix + "none";

    public const string CorrectionKey = "correction";

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = context.Activity.Text;
        var offered = ChoicesFor(context, options);
        var bareNumber = text?.Trim().All(char.IsDigit) == true;
        var found = bareNumber ? choices.Recognize(text, offered, context.Language)
            : BarrierWords.SaysNotThat(text) ? new FoundChoice(CorrectionKey, -1, 1.0)
            : BarrierWords.IsNoneOfThese(text) ? new FoundChoice(NoneKey, offered.Count - 1, 1.0)
            : choices.Recognize(text, offered, context.Language);
        return Task.FromResult(found is null ? PromptRecognizerResult<FoundChoice>.Failed : PromptRecognizerResult<FoundChoice>.Of(found));
    }
}
