using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Listening;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Runtime.Prompts;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Barriers;

/// <summary>
/// "Which would you like to start with?" after several concerns in one message: a concern (by number or words),
/// starting with it and then the others in the order told; "all, in order"; or a correction of what was heard
/// ("no, el nene sí quiere ir", "that's not it, it's the cost"). The choices' values are the concerns' kinds and
/// <see cref="AllKey"/>. The question says every concern back in the family's terms, worded anew in the
/// conversation's language each time it is asked (after "English" or "español" too).
/// </summary>
public sealed class OrderPrompt(string id, ChoiceRecognizer choices, IntentRecognizer intents, IStringLocalizer<Strings> strings)
    : Prompt<OrderAnswer>(id, strings)
{
    public const string AllKey = "all";

    private static readonly string[] AllWords = ["all", "all of them", "in order", "in that order", "todas", "todos", "todo", "en orden", "en ese orden", "las dos", "los dos", "both"];

    /// <summary>The choices for <paramref name="told"/>, in order, then "all, in this order" (titles are UI string keys).</summary>
    public static PromptOptions For(IReadOnlyList<NamedBarrier> told) => new()
    {
        Localized = true,
        Prompt = Activity.Message("Barriers.Heard"),
        Choices =
        [
            .. told.Select(b => new Choice(b.Kind, "Barriers.Kind." + b.Kind, BarrierWords.ShortNames(b.Kind))),
            new Choice(AllKey, "Barriers.Order.All", AllWords),
        ],
        MaxRetries = 1,
    };

    protected override Task OnPromptAsync(ITurnContext context, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var topics = (options.Choices ?? []).Where(c => c.Value != AllKey).Select(c => Strings.For(context, "Barriers.Topic." + c.Value)).ToList();
        var list = string.Join(", ", topics[..^1]) + " " + Strings.For(context, "Barriers.Heard.And") + " " + topics[^1];
        var question = Activity.Message(Strings.For(context, "Barriers.Heard", list));
        question.InputHint = InputHints.ExpectingInput;
        question.SuggestedActions = new SuggestedActions { Actions = [.. ChoicesFor(context, options).Select(c => CardAction.ImBack(c.Title))] };
        return context.SendActivityAsync(question, cancellationToken);
    }

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
