using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Tests.Recognizers;

/// <summary>
/// The date/time recognizer against Recognizers-Text's DateTimeModel specs: cases whose single result is a date,
/// a time or a date-time; the longest expression found must have the case's TIMEX, against the case's reference time.
/// </summary>
public sealed class DateTimeSpecTests
{
    private static readonly string[] Types = ["datetimeV2.date", "datetimeV2.time", "datetimeV2.datetime"];
    private readonly DateTimeRecognizer recognizer = new();

    [Theory]
    [InlineData("English", Languages.English)]
    [InlineData("Spanish", Languages.Spanish)]
    public void Passes_at_least_half_of_the_date_and_time_cases(string folder, string language)
    {
        var cases = SpecCase.Load("DateTime", folder, "DateTimeModel.json")
            .Where(c => c.Results.GetArrayLength() == 1 && Types.Contains(c.Results[0].GetProperty("TypeName").GetString()));
        var rate = SpecRate.Of($"DateTime/{folder}/DateTimeModel.json", cases.Select(c => Passes(c, language)));
        Assert.True(rate.Rate >= 0.50, rate.ToString());
    }

    private bool Passes(SpecCase spec, string language)
    {
        var expected = spec.Results[0].GetProperty("Resolution").GetProperty("values")[0].GetProperty("timex").GetString();
        var found = recognizer.Recognize(spec.Input, language, spec.Reference ?? new DateTime(2016, 11, 7)).MaxBy(m => m.Length);
        if (found?.Timex != expected)
        {
            TestContext.Current.TestOutputHelper!.WriteLine($"  miss: {spec.Input} => {found?.Text}={found?.Timex} (want {expected})");
        }

        return found?.Timex == expected;
    }
}
