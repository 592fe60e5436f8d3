using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.TalkToPerson;

namespace PuenteBot.Tests.Dialogs.TalkToPerson;

public class CallBackTimeTests
{
    [Theory]
    [InlineData("any time")]
    [InlineData("Anytime!")]
    [InlineData("whenever works")]
    [InlineData("I don't know")]
    [InlineData("no")]
    [InlineData("cuando sea")]
    [InlineData("no sé")]
    [InlineData("no se")]
    [InlineData("a cualquier hora")]
    [InlineData("da igual")]
    public void Words_that_mean_no_preferred_time_are_any_time(string text) => Assert.True(CallBackTime.IsAnyTime(text));

    [Theory]
    [InlineData("tomorrow after 5")]
    [InlineData("purple elephants")]
    [InlineData("no puedo el lunes")]
    [InlineData("")]
    public void Other_words_are_not_any_time(string text) => Assert.False(CallBackTime.IsAnyTime(text));

    [Fact]
    public void A_moment_is_one_iso_time_and_a_range_is_an_interval_in_the_clinic_zone()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
        var now = new DateTime(2026, 12, 1, 9, 0, 0);
        var recognizer = new DateTimeRecognizer();

        Assert.Equal("2026-12-04T16:00:00-06:00", CallBackTime.Resolve(recognizer.Recognize("friday at 4pm", "en", now), zone));
        Assert.Equal("2026-12-02T17:00:00-06:00/2026-12-02T23:59:59-06:00", CallBackTime.Resolve(recognizer.Recognize("mañana después de las 5", "es", now), zone));
        Assert.Null(CallBackTime.Resolve([], zone));
    }
}
