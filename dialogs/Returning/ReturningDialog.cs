using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.MainMenu;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Runtime.Prompts;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Returning;

/// <summary>
/// "Welcome back! Last time we talked about getting a ride to the clinic. Shall we pick that up?" over whatever
/// was going on, named by <see cref="ReturningSubject"/>. Continue (or yes, or anything not
/// understood) ends it, and the dialog below asks its question again; start over (or no) goes to the menu; a
/// sentence naming a topic opens that topic.
/// </summary>
public sealed class ReturningDialog : ComponentDialog
{
    public const string DialogId = "returning";

    private const string FlowId = "returning.flow";
    private const string ChoicePromptId = "returning.choice";
    private const string Continue = "continue";
    private const string StartOver = "start_over";

    private readonly BooleanRecognizer booleans;
    private readonly IntentRecognizer intents;

    public ReturningDialog(IStringLocalizer<Strings> strings, ChoiceRecognizer choices, BooleanRecognizer booleans, IntentRecognizer intents)
        : base(DialogId)
    {
        this.booleans = booleans;
        this.intents = intents;
        AddDialog(new WaterfallDialog(FlowId, [AskStepAsync, ChooseStepAsync]));
        AddDialog(new ChoicePrompt(ChoicePromptId, choices, strings));
    }

    private static Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Localized = true,
            Prompt = Activity.Message(ReturningSubject.PromptKey(step.Context.Conversation)),
            Choices =
            [
                new Choice(Continue, "Returning.Continue", ["continue", "continuar", "seguir", "sigamos", "keep going"]),
                new Choice(StartOver, "Returning.StartOver", ["start over", "empezar de nuevo", "menu", "something else", "otra cosa"]),
            ],
            MaxRetries = 0,
        }, cancellationToken);

    private Task<DialogTurnResult> ChooseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var text = step.Context.Activity.Text;
        var choice = step.Result is FoundChoice found ? found.Value
            : MenuTopics.FromIntent(intents.Recognize(text, step.Context.Language)) is not null ? text
            : booleans.Recognize(text) == false ? StartOver
            : Continue;
        return step.EndDialogAsync(choice, cancellationToken);
    }

    /// <summary>Continue: back to the question below. Start over, or a topic: the menu, or that topic, from the top.</summary>
    protected override async Task<DialogTurnResult> EndComponentAsync(DialogContext outer, object? result, CancellationToken cancellationToken)
    {
        if (result is not string choice || choice == Continue)
        {
            return await outer.EndDialogAsync(null, cancellationToken);
        }

        return await StartOverAsync(outer, choice == StartOver ? null : choice, cancellationToken);
    }

    /// <summary>Leaves everything and begins the main dialog at the menu, or at the topic <paramref name="topicSentence"/> names.</summary>
    public static async Task<DialogTurnResult> StartOverAsync(DialogContext dc, string? topicSentence, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        return await dc.BeginDialogAsync(MainDialog.DialogId, new MainDialogOptions { SkipGreeting = true, Topic = topicSentence }, cancellationToken);
    }
}
