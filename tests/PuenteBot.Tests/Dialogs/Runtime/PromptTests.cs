using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.Runtime.Prompts;
using PuenteBot.Protocol;

namespace PuenteBot.Tests.Dialogs.Runtime;

public class PromptTests
{
    private static DialogHarness Asking(Func<Microsoft.Extensions.Localization.IStringLocalizer<PuenteBot.Content.Resources.Strings>, Dialog> prompt, PromptOptions options) => new(strings =>
    [
        new WaterfallDialog("root",
        [
            (step, ct) => step.PromptAsync("prompt", options, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync(Activity.Message("got " + Describe(step.Result)), ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]),
        prompt(strings),
    ], "root");

    private static string Describe(object? result) => result switch
    {
        null => "nothing",
        FoundChoice choice => choice.Value,
        IReadOnlyList<DateTimeMatch> dates => dates[0].Timex,
        bool yes => yes ? "yes" : "no",
        _ => result.ToString()!,
    };

    [Theory]
    [InlineData("sí", "got yes")]
    [InlineData("👎", "got no")]
    [InlineData("2", "got no")]
    [InlineData("Yes", "got yes")]
    public async Task Confirm_accepts_words_emoji_and_the_option_number(string answer, string expected)
    {
        var harness = Asking(s => new ConfirmPrompt("prompt", new BooleanRecognizer(), new ChoiceRecognizer(new NumberRecognizer()), s), new PromptOptions { Prompt = Activity.Message("Ok?") });

        var asked = await harness.SayAsync("start");

        Assert.Equal(["Yes", "No"], asked.Single().SuggestedActions!.Actions!.Select(a => a.Title));
        Assert.Equal("expectingInput", asked.Single().InputHint);
        Assert.Equal([expected], await harness.TextsAsync(answer));
    }

    [Fact]
    public async Task Choice_is_picked_by_number_or_by_title_and_retries_otherwise()
    {
        var options = new PromptOptions
        {
            Prompt = Activity.Message("Pick"),
            RetryPrompt = Activity.Message("Pick one of these"),
            Choices = [new Choice("bus", "Bus"), new Choice("car", "Car")],
        };
        var harness = Asking(s => new ChoicePrompt("prompt", new ChoiceRecognizer(new NumberRecognizer()), s), options);
        await harness.SayAsync("start");

        var retry = await harness.SayAsync("a unicorn");
        Assert.Equal("Pick one of these", retry.Single().Text);
        Assert.Equal(2, retry.Single().SuggestedActions!.Actions!.Count);
        Assert.Equal(["got car"], await harness.TextsAsync("2"));
    }

    [Fact]
    public async Task Localized_prompts_render_keys_in_the_conversation_language()
    {
        var options = new PromptOptions
        {
            Localized = true,
            Prompt = Activity.Message("Menu.Prompt"),
            Choices = [new Choice("person", "Menu.Option.person")],
        };
        var harness = Asking(s => new ChoicePrompt("prompt", new ChoiceRecognizer(new NumberRecognizer()), s), options);

        var asked = (await harness.SayAsync("start")).Single();

        Assert.Equal("What would you like to talk about?", asked.Text);
        Assert.Equal("Talk to a person", asked.SuggestedActions!.Actions!.Single().Title);
        Assert.Equal(["got person"], await harness.TextsAsync("talk to a person"));
    }

    [Fact]
    public async Task DateTime_resolves_against_the_clinic_clock()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero));
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
        var harness = Asking(s => new DateTimePrompt("prompt", new DateTimeRecognizer(), clock, zone, s), new PromptOptions { Prompt = Activity.Message("When?") });
        await harness.SayAsync("start");

        Assert.Equal(["got 2026-11-24"], await harness.TextsAsync("mañana"));
    }
}
