using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Runtime.Prompts;
using PuenteBot.Protocol;

namespace PuenteBot.Tests.Dialogs.Runtime;

public class ComponentDialogTests
{
    private sealed class Survey : ComponentDialog
    {
        public Survey(Microsoft.Extensions.Localization.IStringLocalizer<PuenteBot.Content.Resources.Strings> strings)
            : base("survey")
        {
            AddDialog(new WaterfallDialog("survey.flow",
            [
                (step, ct) => step.PromptAsync("survey.q1", new PromptOptions { Prompt = Activity.Message("Q1?") }, ct),
                (step, ct) => step.PromptAsync("survey.q2", new PromptOptions { Prompt = Activity.Message("Q2?") }, ct),
                (step, ct) => step.EndDialogAsync("done " + step.Result, ct),
            ]));
            AddDialog(new TextPrompt("survey.q1", strings));
            AddDialog(new TextPrompt("survey.q2", strings));
        }
    }

    /// <summary>"hey" interrupts whatever is going on with a one-message dialog.</summary>
    private sealed class HeyInterruption : IInterruption
    {
        public int Order => 0;

        public async Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            if (dc.Context.Activity.Text != "hey")
            {
                return false;
            }

            await dc.BeginInterruptionAsync("aside", null, cancellationToken);
            return true;
        }
    }

    private sealed class Aside() : Dialog("aside")
    {
        public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
        {
            await dc.Context.SendActivityAsync(Activity.Message("Aside."), cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }
    }

    private static DialogHarness Harness() => new(strings =>
    [
        new WaterfallDialog("root",
        [
            (step, ct) => step.BeginDialogAsync("survey", null, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync(Activity.Message((string)step.Result!), ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]),
        new Survey(strings),
        new Aside(),
    ], "root", () => [new HeyInterruption()]);

    [Fact]
    public async Task Inner_dialogs_run_and_the_component_returns_their_result()
    {
        var harness = Harness();

        Assert.Equal(["Q1?"], await harness.TextsAsync("start"));
        Assert.Equal(["Q2?"], await harness.TextsAsync("a"));
        Assert.Equal(["done b"], await harness.TextsAsync("b"));
    }

    [Fact]
    public async Task After_an_interruption_the_inner_question_is_asked_again()
    {
        var harness = Harness();
        await harness.SayAsync("start");
        await harness.SayAsync("a");

        Assert.Equal(["Aside.", "Q2?"], await harness.TextsAsync("hey"));
        Assert.Equal(["done b"], await harness.TextsAsync("b"));
    }

    [Fact]
    public async Task Cancel_all_empties_inner_and_outer_stacks()
    {
        var harness = Harness();
        await harness.SayAsync("start");
        var context = new PuenteBot.Turns.TurnContext(Support.TestActivities.Message("harness", "x"), harness.State);
        var dialogs = new DialogSet().Add(new Survey(DialogHarness.Strings));
        dialogs.Add(new WaterfallDialog("root", []));
        var dc = new DialogContext(dialogs, context, context.Conversation.DialogStack);

        var result = await dc.CancelAllDialogsAsync(TestContext.Current.CancellationToken);

        Assert.Equal(DialogTurnStatus.Cancelled, result.Status);
        Assert.Empty(context.Conversation.DialogStack);
    }
}
