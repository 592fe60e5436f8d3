using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Tests.Recognizers;

/// <summary>Call-back times caregivers write, resolved against a reference time (Monday 2026-11-23 10:00 at the clinic).</summary>
public sealed class DateTimeRecognizerTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0);
    private readonly DateTimeRecognizer recognizer = new();

    [Theory]
    [InlineData("mañana después de las 5", Languages.Spanish, "datetimerange", "2026-11-24T05", "2026-11-24 17:00")]
    [InlineData("el lunes en la tarde", Languages.Spanish, "datetimerange", "XXXX-WXX-1TAF", "2026-11-30 12:00")]
    [InlineData("tuesday morning", Languages.English, "datetimerange", "XXXX-WXX-2TMO", "2026-11-24 08:00")]
    [InlineData("after 6pm", Languages.English, "timerange", "T18", "2026-11-23 18:00")]
    [InlineData("tomorrow at 3:30pm", Languages.English, "datetime", "2026-11-24T15:30", "2026-11-24 15:30")]
    [InlineData("el viernes a las 10 de la mañana", Languages.Spanish, "datetime", "XXXX-WXX-5T10", "2026-11-27 10:00")]
    [InlineData("hoy a las 4", Languages.Spanish, "datetime", "2026-11-23T04", "2026-11-23 16:00")]
    [InlineData("manana temprano", Languages.Spanish, "date", "2026-11-24", "2026-11-24 00:00")]
    public void Resolves_call_back_times(string text, string language, string type, string timex, string start)
    {
        var match = recognizer.Recognize(text, language, Now).MaxBy(m => m.Length);
        Assert.NotNull(match);
        Assert.Equal((type, timex), (match.Type, match.Timex));
        Assert.Equal(DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture), match.Value);
    }

    [Fact]
    public void Converts_now_to_the_clinic_zone()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
        var utcNow = new DateTimeOffset(2026, 11, 24, 3, 0, 0, TimeSpan.Zero);

        var match = Assert.Single(recognizer.Recognize("tomorrow", Languages.English, utcNow, zone));

        Assert.Equal("2026-11-24", match.Timex);
    }

    [Fact]
    public void Finds_nothing_in_plain_words() => Assert.Empty(recognizer.Recognize("no tengo carro", Languages.Spanish, Now));
}
