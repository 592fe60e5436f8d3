using System.Globalization;

namespace PuenteBot.Escalations.Summaries;

/// <summary>
/// Times as a clinician says them, in the clinic's zone: "today at 3:40 pm", "tomorrow after 5 pm", "el jueves a las
/// 9 a. m." — never an ISO timestamp. Days are relative to the reader's now (today, tomorrow, yesterday, a weekday
/// within the week), else a short date.
/// </summary>
internal sealed class TimeWords(ClinicianText text)
{
    private CultureInfo Culture => CultureInfo.GetCultureInfo(text.Language == "es" ? "es-US" : "en-US");

    /// <summary>A moment: its day in words and its clock time.</summary>
    public string At(DateTimeOffset value, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(value, text.Zone);
        return text.Get(DayKey(DateOnly.FromDateTime(local.DateTime), Today(now)) + ".At", Day(DateOnly.FromDateTime(local.DateTime), Today(now)), Clock(TimeOnly.FromDateTime(local.DateTime)));
    }

    /// <summary>A day alone ("today", "tomorrow", "Thursday", "Dec 3"; "hoy", "mañana", "el jueves", "el 3 de dic.").</summary>
    public string Day(DateOnly day, DateOnly today) => text.Get(DayKey(day, today), Weekday(day), ShortDate(day));

    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, text.Zone).DateTime);

    /// <summary>A clock time: "5 pm", "3:40 pm"; "5 p. m.", "3:40 p. m.".</summary>
    public string Clock(TimeOnly time)
    {
        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var clock = time.Minute == 0 ? hour.ToString(CultureInfo.InvariantCulture) : $"{hour}:{time.Minute:00}";
        return text.Get(time.Hour < 12 ? "Escalation.Clock.Am" : "Escalation.Clock.Pm", clock);
    }

    /// <summary>A weekday's name in the plural where the language has one ("Mondays"; "lunes").</summary>
    public string Weekdays(string day) => text.GetOr("Escalation.Weekdays." + day, day);

    /// <summary>Items joined as a sentence says them: "a, b and c"; "a, b y c".</summary>
    public string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => text.Get("Escalation.List", string.Join(", ", items.Take(items.Count - 1)), items[^1]),
    };

    private string Weekday(DateOnly day) => Culture.DateTimeFormat.GetDayName(day.DayOfWeek);

    private string ShortDate(DateOnly day) => day.ToString(text.Language == "es" ? "d 'de' MMM" : "MMM d", Culture);

    private static string DayKey(DateOnly day, DateOnly today) => (day.DayNumber - today.DayNumber) switch
    {
        0 => "Escalation.Day.Today",
        1 => "Escalation.Day.Tomorrow",
        -1 => "Escalation.Day.Yesterday",
        > 1 and < 7 => "Escalation.Day.Weekday",
        < -1 and > -7 => "Escalation.Day.LastWeekday",
        _ => "Escalation.Day.Date",
    };
}
