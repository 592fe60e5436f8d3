using System.Globalization;
using System.Text.Json;
using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Tests.Recognizers;

/// <summary>The number recognizer against Recognizers-Text's NumberModel specs: cases whose results are all numbers, value and text.</summary>
public sealed class NumberSpecTests
{
    private readonly NumberRecognizer recognizer = new();

    [Theory]
    [InlineData("English", Languages.English)]
    [InlineData("Spanish", Languages.Spanish)]
    public void Passes_at_least_85_percent_of_the_number_cases(string folder, string language)
    {
        var cases = SpecCase.Load("Number", folder, "NumberModel.json")
            .Where(c => c.Results.EnumerateArray().All(r => r.GetProperty("TypeName").GetString() == "number"));
        var rate = SpecRate.Of($"Number/{folder}/NumberModel.json", cases.Select(c => Passes(c, language)));
        Assert.True(rate.Rate >= 0.85, rate.ToString());
    }

    private bool Passes(SpecCase spec, string language)
    {
        var expected = spec.Results.EnumerateArray().ToList();
        var found = recognizer.Recognize(spec.Input, language);
        if (found.Count != expected.Count)
        {
            Report(spec, found);
            return false;
        }

        var ok = expected.Zip(found).All(pair =>
            string.Equals(pair.First.GetProperty("Text").GetString(), pair.Second.Text, StringComparison.OrdinalIgnoreCase)
            && Close(ParseValue(pair.First.GetProperty("Resolution").GetProperty("value"), language), pair.Second.Value));
        if (!ok)
        {
            Report(spec, found);
        }

        return ok;
    }

    private static void Report(SpecCase spec, IReadOnlyList<NumberMatch> found) =>
        TestContext.Current.TestOutputHelper!.WriteLine($"  miss: {spec.Input} => {string.Join(" | ", found.Select(f => $"{f.Text}={f.Value.ToString(CultureInfo.InvariantCulture)}"))}");

    private static double ParseValue(JsonElement value, string language)
    {
        var text = value.GetString() ?? string.Empty;
        return double.Parse(language == Languages.Spanish ? text.Replace(',', '.') : text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static bool Close(double expected, double actual) => Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected));
}
