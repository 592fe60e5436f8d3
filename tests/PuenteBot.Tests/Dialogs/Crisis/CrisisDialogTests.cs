using PuenteBot.Dialogs.Crisis;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Interruptions;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Runtime.Prompts;
using PuenteBot.Protocol;
using PuenteBot.Tests.Dialogs.Runtime;

namespace PuenteBot.Tests.Dialogs.Crisis;

/// <summary>The crisis conversation over a dialog that was asking something, as the risk check leaves it.</summary>
public class CrisisDialogTests
{
    private static readonly RiskAssessment Possible = new(RiskLevel.Possible, "suicide", ["better off without me"]);
    private static readonly RiskAssessment Urgent = new(RiskLevel.Urgent, "suicide", ["kill myself"]);

    private static DialogHarness Harness() => new(strings =>
    [
        new WaterfallDialog("root",
        [
            (step, ct) => step.PromptAsync("question", new PromptOptions { Prompt = Activity.Message("Which day works?") }, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync(Activity.Message("Noted: " + step.Result), ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]),
        new TextPrompt("question", strings),
        new CrisisDialog(strings, new BooleanRecognizer()),
    ], "root", () => [new CrisisInterruption()]);

    [Fact]
    public async Task A_no_to_the_safety_question_returns_to_what_they_were_doing()
    {
        var harness = Harness();
        await harness.SayAsync("start");

        Assert.Empty(await harness.TextsAsync("sometimes they'd be better off without me", Possible));
        var answer = await harness.TextsAsync("no");

        Assert.StartsWith("Thank you for answering.", answer[0]);
        Assert.Equal("Which day works?", answer[1]);
        Assert.Empty(harness.Escalations);
        Assert.Equal(["Noted: tuesday"], await harness.TextsAsync("tuesday"));
    }

    [Fact]
    public async Task A_yes_to_the_safety_question_becomes_urgent_with_an_escalation()
    {
        var harness = Harness();
        await harness.SayAsync("start");
        await harness.SayAsync("sometimes they'd be better off without me", Possible);

        var answer = await harness.TextsAsync("sí");

        Assert.Contains("988", answer[0]);
        Assert.Equal("Are you and your child safe right now?", answer[1]);
        var escalation = Assert.Single(harness.Escalations);
        Assert.Equal(Urgency.Urgent, escalation.Urgency);
        Assert.Equal("sí", (string?)escalation.Summary["quote"]);
        var safe = await harness.TextsAsync("yes");
        Assert.StartsWith("I'm glad you're safe.", safe[0]);
        Assert.Equal("Which day works?", safe[1]);
    }

    [Fact]
    public async Task After_urgent_words_it_asks_if_they_are_safe_now_and_not_safe_means_911()
    {
        var harness = Harness();
        await harness.SayAsync("start");

        Assert.Equal(["Are you and your child safe right now?"], await harness.TextsAsync("he said he will kill himself", Urgent));
        var answer = await harness.TextsAsync("no");

        Assert.StartsWith("Please call 911 now.", answer[0]);
        Assert.Equal("Which day works?", answer[1]);
    }

    [Fact]
    public async Task An_answer_it_cannot_read_is_asked_again_then_treated_as_danger()
    {
        var harness = Harness();
        await harness.SayAsync("start");
        await harness.SayAsync("i cant do this anymore", Possible);

        var first = await harness.TextsAsync("idk");
        var second = await harness.TextsAsync("whatever");

        Assert.StartsWith("I want to be sure I understand.", first.Single());
        Assert.Contains("988", second[0]);
        Assert.Equal(Urgency.Urgent, Assert.Single(harness.Escalations).Urgency);
    }

    [Fact]
    public async Task New_urgent_words_during_the_crisis_conversation_stay_in_it()
    {
        var harness = Harness();
        await harness.SayAsync("start");
        await harness.SayAsync("i cant do this anymore", Possible);

        var answer = await harness.TextsAsync("he has a knife and says he'll kill himself", Urgent);

        Assert.Equal(["Are you and your child safe right now?"], answer);
        Assert.Equal(["root", "question", "crisis"], harness.State.DialogStack.Select(d => d.Id));
    }
}
