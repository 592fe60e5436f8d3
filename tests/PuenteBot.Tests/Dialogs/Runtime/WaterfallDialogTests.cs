using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Runtime.Prompts;
using PuenteBot.Protocol;

namespace PuenteBot.Tests.Dialogs.Runtime;

public class WaterfallDialogTests
{
    private static readonly NumberRecognizer Numbers = new();

    /// <summary>Asks a name, then a 0–10 rating, then says both: values and step survive each JSON round trip.</summary>
    private static DialogHarness NameAndRating() => new(strings =>
    [
        new WaterfallDialog("root",
        [
            (step, ct) => step.PromptAsync("name", new PromptOptions { Prompt = Activity.Message("Name?") }, ct),
            (step, ct) =>
            {
                step.Values["name"] = (string)step.Result!;
                return step.PromptAsync("rating", new PromptOptions
                {
                    Prompt = Activity.Message("Rating?"),
                    RetryPrompt = Activity.Message("A number from 0 to 10, please."),
                    MaxRetries = 1,
                }, ct);
            },
            async (step, ct) =>
            {
                var rating = step.Result is double value ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "none";
                await step.Context.SendActivityAsync(Activity.Message($"{step.Values["name"]}: {rating}"), ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]),
        new TextPrompt("name", strings),
        new NumberPrompt("rating", Numbers, strings, (prompt, _) => Task.FromResult(prompt.Recognized.Succeeded && prompt.Recognized.Value is >= 0 and <= 10)),
    ], "root");

    [Fact]
    public async Task Steps_continue_across_turns_with_state_in_json()
    {
        var harness = NameAndRating();

        Assert.Equal(["Name?"], await harness.TextsAsync("start"));
        Assert.Equal(["Rating?"], await harness.TextsAsync("Ana"));
        Assert.Equal(["Ana: 7"], await harness.TextsAsync("seven"));
        Assert.Empty(harness.State.DialogStack);
    }

    [Fact]
    public async Task A_validator_rejects_and_the_retry_prompt_asks_again()
    {
        var harness = NameAndRating();
        await harness.SayAsync("start");
        await harness.SayAsync("Ana");

        Assert.Equal(["A number from 0 to 10, please."], await harness.TextsAsync("11"));
        Assert.Equal(["Ana: 4"], await harness.TextsAsync("4"));
    }

    [Fact]
    public async Task After_the_last_retry_the_prompt_gives_up_and_the_dialog_moves_on()
    {
        var harness = NameAndRating();
        await harness.SayAsync("start");
        await harness.SayAsync("Ana");
        await harness.SayAsync("many");

        Assert.Equal(["Ana: none"], await harness.TextsAsync("lots"));
    }

    [Fact]
    public async Task Prompts_wait_through_activities_that_are_not_messages()
    {
        var harness = NameAndRating();
        await harness.SayAsync("start");

        var context = new PuenteBot.Turns.TurnContext(Support.TestActivities.Create(ActivityTypes.Event, "harness"), harness.State);
        var dc = new DialogContext(new DialogSet().Add(new TextPrompt("name", DialogHarness.Strings)), context, context.Conversation.DialogStack);
        var result = await dc.ContinueDialogAsync(TestContext.Current.CancellationToken);

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Empty(context.Replies);
    }
}
