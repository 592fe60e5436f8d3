using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Dialogs.StigmaShame;
using PuenteBot.Tests.Dialogs.Runtime;

namespace PuenteBot.Tests.Dialogs.StigmaShame;

/// <summary>The 0–10 confidence question as the stigma conversation asks it.</summary>
public class RatingPromptTests
{
    private static DialogHarness Harness() => new(strings =>
    [
        new WaterfallDialog("root",
        [
            (step, ct) => step.PromptAsync("rating", ConfidenceQuestion.Options("Stigma.Confidence.Before"), ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync(PuenteBot.Protocol.Activity.Message("rated " + (ConfidenceQuestion.Rating(step.Result)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "skipped")), ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]),
        new RatingPrompt("rating", new NumberRecognizer(), strings, ConfidenceQuestion.ValidateAsync),
    ], "root");

    [Theory]
    [InlineData("7", "rated 7")]
    [InlineData("like a 6", "rated 6")]
    [InlineData("un 7", "rated 7")]
    [InlineData("como una 3", "rated 3")]
    [InlineData("zero", "rated 0")]
    [InlineData("ten", "rated 10")]
    [InlineData("one", "rated 1")]
    [InlineData("7.5", "rated 8")]
    public async Task Takes_the_rating_in_digits_or_words(string answer, string expected)
    {
        var harness = Harness();
        await harness.SayAsync("start");

        Assert.Equal([expected], await harness.TextsAsync(answer));
    }

    [Fact]
    public async Task Out_of_range_is_asked_again_once_then_skipped()
    {
        var harness = Harness();
        await harness.SayAsync("start");

        Assert.Equal(["Please answer with a number from 0 to 10."], await harness.TextsAsync("15"));
        Assert.Equal(["rated skipped"], await harness.TextsAsync("not sure"));
    }
}
