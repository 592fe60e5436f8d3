using PuenteBot.Dialogs.Crisis;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Interruptions;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Runtime.Prompts;
using PuenteBot.Protocol;
using PuenteBot.Tests.Dialogs.Runtime;

namespace PuenteBot.Tests.Dialogs.Crisis;

/// <summary>The crisis episode over a dialog that was asking something, opened as the risk check opens it.</summary>
public class CrisisDialogTests
{
    private static readonly RiskAssessment Possible = new(RiskLevel.Possible, "suicide", ["better off without me"]);
    private static readonly RiskAssessment Urgent = new(RiskLevel.Urgent, "suicide", ["kill himself"]);

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
        new CrisisDialog(strings, new BooleanRecognizer(), new ChoiceRecognizer(new NumberRecognizer()), TimeProvider.System),
    ], "root", () => [new EpisodeOpener(new CrisisEpisode(DialogHarness.Strings)), new CrisisInterruption()]);

    [Fact]
    public async Task A_no_to_the_safety_question_asks_whether_to_go_back_and_going_back_returns_to_the_question()
    {
        var harness = Harness();
        await harness.SayAsync("start");

        Assert.StartsWith("Thank you for telling me.", Assert.Single(await harness.TextsAsync("sometimes they'd be better off without me", Possible)));
        var answer = await harness.TextsAsync("no");

        Assert.StartsWith("Thank you for answering.", answer[0]);
        Assert.StartsWith("When you're ready", answer[1]);
        Assert.Empty(harness.Escalations);
        Assert.Equal(["Which day works?"], await harness.TextsAsync("go back to it"));
        Assert.Equal(["Noted: tuesday"], await harness.TextsAsync("tuesday"));
    }

    [Fact]
    public async Task Not_knowing_at_the_safety_question_is_danger_with_one_escalation()
    {
        var harness = Harness();
        await harness.SayAsync("start");
        await harness.SayAsync("sometimes they'd be better off without me", Possible);

        var answer = await harness.TextsAsync("no sé");

        Assert.Contains("988", answer[0]);
        Assert.Equal("Are you and your child safe right now?", answer[1]);
        var escalation = Assert.Single(harness.Escalations);
        Assert.Equal(Urgency.Urgent, escalation.Urgency);
        Assert.Equal("sometimes they'd be better off without me", (string?)escalation.Summary["quote"]);
        Assert.Equal("unknown", harness.State.Notes.Assessment.SafetyAnswers.Single().Meaning);
    }

    [Fact]
    public async Task The_safety_question_is_asked_once_more_in_new_words_then_the_episode_moves_on()
    {
        var harness = Harness();
        await harness.SayAsync("start");
        var first = (await harness.TextsAsync("he said he will kill himself", Urgent))[^1];

        var again = (await harness.TextsAsync("ok")).Single();
        var moved = await harness.TextsAsync("hmm");

        Assert.NotEqual(first, again);
        Assert.StartsWith("Please tell me", again);
        Assert.StartsWith("Thank you. Your child's care team has been told", moved[0]);
        Assert.DoesNotContain(moved, t => t!.Contains("safe right now", StringComparison.Ordinal) || t.Contains("safe now", StringComparison.Ordinal));
        Assert.Equal(CrisisAssessment.Unknown, harness.State.Notes.Assessment.SafetyAnswers[^1].Meaning);
        Assert.Equal(["root", "question", "crisis"], harness.State.DialogStack.Select(d => d.Id));
    }

    [Fact]
    public async Task Help_and_menu_inside_the_episode_are_more_crisis_help_and_safe_then_stop_ends_it()
    {
        var harness = Harness();
        await harness.SayAsync("start");
        await harness.SayAsync("he said he will kill himself", Urgent);

        Assert.Contains("988", Assert.Single(await harness.TextsAsync("help")));
        Assert.Contains("988", Assert.Single(await harness.TextsAsync("menu")));
        Assert.StartsWith("Here is what to do now", Assert.Single(await harness.TextsAsync("what do I do?")));
        var safe = await harness.TextsAsync("yes");
        Assert.StartsWith("Please tell me", safe.Single());
        var glad = await harness.TextsAsync("yes");
        Assert.StartsWith("I'm glad you're safe", glad[0]);
        Assert.StartsWith("So your care team can call you back", glad[1]);
        Assert.StartsWith("When you're ready", (await harness.TextsAsync("no thanks"))[^1]);
        Assert.StartsWith("Okay, we'll stop for now.", Assert.Single(await harness.TextsAsync("stop for now")));
        Assert.Empty(harness.State.DialogStack);
        Assert.Equal(["Crisis.Urgent.suicide", "Crisis.Lines.suicide", "Crisis.Steps.suicide"], harness.State.Notes.Assessment.Told);
    }

    [Fact]
    public async Task A_family_not_enrolled_is_asked_for_a_contact_only_once_safe_and_the_update_holds_no_name_or_number()
    {
        var harness = Harness();
        await harness.SayAsync("start");
        Assert.DoesNotContain(await harness.TextsAsync("he said he will kill himself", Urgent), t => t!.Contains("best number", StringComparison.Ordinal));
        Assert.DoesNotContain(await harness.TextsAsync("no"), t => t!.Contains("best number", StringComparison.Ordinal));
        Assert.DoesNotContain(await harness.TextsAsync("we are ok now"), t => t!.Contains("best number", StringComparison.Ordinal));
        Assert.Null(harness.State.Notes.Contact);

        Assert.Contains("best number", (await harness.TextsAsync("yes we are safe now"))[^1]);
        var thanks = await harness.TextsAsync("Maria Lopez (555) 123-4567");

        Assert.StartsWith("Thank you", thanks[0]);
        var contact = harness.State.Notes.Contact!;
        Assert.Equal(("Maria Lopez", "+15551234567", "(555) 123-4567"), (contact.Name, contact.Phone, contact.PhoneWords));
        Assert.NotNull(contact.GivenAt);
        var update = Assert.Single(harness.Updates).Entry;
        Assert.True((bool?)update["contact"]);
        Assert.DoesNotContain("555", update.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Maria", update.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_danger_message_at_the_contact_question_is_crisis_help_not_a_name()
    {
        var harness = Harness();
        await harness.SayAsync("start");
        await harness.SayAsync("he said he will kill himself", Urgent);
        await harness.SayAsync("yes");

        var answer = await harness.TextsAsync("he has a knife again");

        Assert.Contains("911", answer[0]);
        Assert.Null(harness.State.Notes.Contact!.Name);
        Assert.Equal(["root", "question", "crisis"], harness.State.DialogStack.Select(d => d.Id));
    }

    /// <summary>What the risk check does before the dialogs: words of danger with no episode open start one.</summary>
    private sealed class EpisodeOpener(CrisisEpisode episodes) : IInterruption
    {
        public int Order => -1;

        public async Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            if (dc.Context.TurnState.TryGetValue(TurnStateKeys.Risk, out var risk) && risk is RiskAssessment { Level: not RiskLevel.None } found
                && !CrisisEpisode.IsOpen(dc.Context.Conversation))
            {
                await episodes.OpenAsync(dc.Context, found, cancellationToken);
            }

            return false;
        }
    }
}
