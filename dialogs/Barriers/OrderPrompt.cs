using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Listening;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Runtime.Prompts;

namespace PuenteBot.Dialogs.Barriers;

/// <summary>
/// "Which would you like to start with?" after several concerns in one message: a concern (by number or words),
/// starting with it and then the others in the order told; "all, in order"; or a correction of what was heard
/// ("no, el nene sí quiere ir", "that's not it, it's the cost"). The choices' values are the concerns' kinds and
/// <see cref="AllKey"/>.
/// </summary>
public sealed class OrderPrompt(string id, ChoiceRecognizer choices, IntentRecognizer intents, IStringLocalizer<Strings> strings)
    : Prompt<OrderAnswer>(id, strings)
{
    public const string AllKey = "all";

    protected override Task<PromptRecognizerResult<OrderAnswer>> OnRecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = context.Activity.Text;
        var offered = ChoicesFor(context, options);
        var told = offered.Where(c => c.Value != AllKey).Select(c => new NamedBarrier(c.Value, null)).ToList();
        var named = intents.Recognize(text, context.Language).Barriers;
        OrderAnswer? answer = BarrierCorrection.Apply(told, null, text, named, FactsListener.SaidNow(context)) is { } corrected
            ? new OrderAnswer(corrected, Corrected: true)
            : choices.Recognize(text, offered, context.Language) is { } picked
                ? new OrderAnswer([.. told.Where(b => b.Kind == picked.Value), .. told.Where(b => b.Kind != picked.Value)])
                : null;
        return Task.FromResult(answer is null ? PromptRecognizerResult<OrderAnswer>.Failed : PromptRecognizerResult<OrderAnswer>.Of(answer));
    }
}
