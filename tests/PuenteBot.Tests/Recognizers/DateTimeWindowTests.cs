using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Tests.Recognizers;

/// <summary>The limits caregivers put on a call-back time, read on Monday 2026-11-23 10:00 at the clinic.</summary>
public sealed class DateTimeWindowTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0);
    private readonly DateTimeRecognizer recognizer = new();

    private DateTimeWindow Read(string text, string language) => DateTimeWindows.Read(text, Now, recognizer.Recognize(text, language, Now));

    private static string Days(IReadOnlyList<int> days) => string.Join(",", days);

    [Theory]
    [InlineData("weekdays after 3:30, not Mondays", Languages.English, "2,3,4,5", "1", "15:30", null)]
    [InlineData("week days after 3:30 but not mondays", Languages.English, "2,3,4,5", "1", "15:30", null)]
    [InlineData("entre semana después de las 3:30 menos los lunes", Languages.Spanish, "2,3,4,5", "1", "15:30", null)]
    [InlineData("entre semana despues de las 3 y media menos el lunes", Languages.Spanish, "2,3,4,5", "1", "15:30", null)]
    [InlineData("any morning but friday", Languages.English, "", "5", "08:00", "12:00")]
    [InlineData("martes o jueves en la tarde", Languages.Spanish, "2,4", "", "12:00", "18:00")]
    [InlineData("tuesdays and thursdays before 10 am", Languages.English, "2,4", "", null, "10:00")]
    [InlineData("de lunes a miércoles entre las 9 y las 11 de la mañana", Languages.Spanish, "1,2,3", "", "09:00", "11:00")]
    [InlineData("monday through friday between 3 and 5", Languages.English, "1,2,3,4,5", "", "15:00", "17:00")]
    [InlineData("weekends in the morning", Languages.English, "6,7", "", "08:00", "12:00")]
    [InlineData("cualquier día menos el viernes", Languages.Spanish, "", "5", null, null)]
    [InlineData("any day except wensday", Languages.English, "", "3", null, null)]
    public void Keeps_weekday_and_exclusion_limits(string text, string language, string days, string except, string? from, string? to)
    {
        var window = Read(text, language);

        Assert.Equal((days, except), (Days(window.Days), Days(window.ExceptDays)));
        Assert.Equal((from, to), (window.From?.ToString("HH:mm"), window.To?.ToString("HH:mm")));
        Assert.True(window.IsWeekly);
        Assert.Null(window.Date);
    }

    [Theory]
    [InlineData("thursday before 10 am", Languages.English, "2026-11-26", null, "10:00")]
    [InlineData("el jueves antes de las 10 de la mañana", Languages.Spanish, "2026-11-26", null, "10:00")]
    [InlineData("mañana después de las 5", Languages.Spanish, "2026-11-24", "17:00", null)]
    [InlineData("tomorrow at 4", Languages.English, "2026-11-24", "16:00", "16:00")]
    public void One_day_said_once_is_that_date(string text, string language, string date, string? from, string? to)
    {
        var window = Read(text, language);

        Assert.False(window.IsWeekly);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), window.Date);
        Assert.Equal((from, to), (window.From?.ToString("HH:mm"), window.To?.ToString("HH:mm")));
    }

    [Theory]
    [InlineData("no tengo carro", Languages.Spanish)]
    [InlineData("whenever", Languages.English)]
    [InlineData("I am not sure", Languages.English)]
    public void Finds_no_limits_in_plain_words(string text, string language) => Assert.True(Read(text, language).IsEmpty);

    [Theory]
    [InlineData("despues de las 3 y media", "15:30")]
    [InlineData("después de las 4 y cuarto", "16:15")]
    [InlineData("after 3:30", "15:30")]
    public void Reads_half_and_quarter_hours_in_digits(string text, string from) =>
        Assert.Equal(from, Read(text, Languages.Spanish).From?.ToString("HH:mm"));
}
