using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Tests.Recognizers;

/// <summary>The boolean recognizer against Recognizers-Text's BooleanModel specs, and caregiver replies.</summary>
public sealed class BooleanSpecTests
{
    private readonly BooleanRecognizer recognizer = new();

    [Fact]
    public void Passes_at_least_95_percent_of_the_English_and_Spanish_cases()
    {
        var outcomes = new[] { "English", "Spanish" }
            .Select(folder => SpecRate.Of($"Choice/{folder}/BooleanModel.json", SpecCase.Load("Choice", folder, "BooleanModel.json").Select(c =>
                recognizer.Recognize(c.Input) == c.Results.EnumerateArray().First().GetProperty("Resolution").GetProperty("value").GetBoolean())))
            .ToList();
        var total = new SpecRate("Boolean en+es", outcomes.Sum(o => o.Passed), outcomes.Sum(o => o.Total));
        TestContext.Current.TestOutputHelper!.WriteLine(total.ToString());
        Assert.True(total.Rate >= 0.95, total.ToString());
    }

    [Theory]
    [InlineData("sí", true)]
    [InlineData("si claro", true)]
    [InlineData("sip", true)]
    [InlineData("Ándale pues", true)]
    [InlineData("dale", true)]
    [InlineData("ok", true)]
    [InlineData("yep!", true)]
    [InlineData("ya", true)]
    [InlineData("👍", true)]
    [InlineData("nel", false)]
    [InlineData("nop", false)]
    [InlineData("nah im good", false)]
    [InlineData("no gracias", false)]
    [InlineData("👎", false)]
    [InlineData("no está bien", false)]
    [InlineData("mañana a las 5", null)]
    [InlineData("", null)]
    public void Understands_caregiver_replies(string text, bool? expected) => Assert.Equal(expected, recognizer.Recognize(text));
}
