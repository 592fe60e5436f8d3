using System.Text.RegularExpressions;

namespace PuenteBot.Dialogs.Recognizers;

/// <summary>Finds days in folded text: today / mañana, weekdays with this / next / last, month and day, dates in digits, "in 3 days".</summary>
internal static partial class DateParts
{
    private const string Day = @"(?:(?:twenty)[ -](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|one|two|three|four|five|six|seven|eight|nine)|thirty[ -](?:first|one)|treinta y uno|\d{1,2}(?:st|nd|rd|th|ro|er|\.º|º|\.o)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|primero|veinti(?:uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)|dieci(?:seis|siete|ocho|nueve)|once|doce|trece|catorce|quince|veinte|treinta|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)";
    private const string Month = "january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|abr|ago|dic";

    public static IEnumerable<DateTimePart> Find(string folded, DateTime reference, bool spanish)
    {
        foreach (Match m in Relative().Matches(folded))
        {
            var word = m.Groups["w"].Value;
            if (word == "manana" && MorningBefore().IsMatch(folded[..m.Index]))
            {
                continue;
            }

            var part = DateTimeLexicon.PartsOfDay.TryGetValue(word, out var pod) && word != "manana" ? pod : ((string, int, int)?)null;
            yield return new DateTimePart(m.Index, m.Index + m.Length) { Date = reference.Date.AddDays(DateTimeLexicon.RelativeDays[word]), PartOfDay = part };
        }

        foreach (Match m in WeekdayPattern().Matches(folded))
        {
            yield return Weekday(m, reference);
        }

        foreach (Match m in MonthDay().Matches(folded).Concat(DayMonth().Matches(folded)).Concat(YearMonthDay().Matches(folded)))
        {
            yield return new DateTimePart(m.Index, m.Index + m.Length)
            {
                Month = DateTimeLexicon.Months[m.Groups["month"].Value], Day = DateTimeLexicon.DayOf(m.Groups["day"].Value), Year = Year(m.Groups["year"]),
            };
        }

        foreach (Match m in Numeric().Matches(folded))
        {
            if (Numeric(m, spanish) is { } part)
            {
                yield return part;
            }
        }

        foreach (Match m in DayOnly().Matches(folded))
        {
            yield return new DateTimePart(m.Index, m.Index + m.Length) { Day = DateTimeLexicon.DayOf(m.Groups["day"].Value) };
        }
    }

    private static DateTimePart Weekday(Match m, DateTime reference)
    {
        var weekday = DateTimeLexicon.Weekdays[m.Groups["wd"].Value];
        var mod = (m.Groups["mod"].Value + " " + m.Groups["post"].Value).Trim();
        var today = reference.Date;
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var thisWeek = monday.AddDays(weekday - 1);
        DateTime? date = mod switch
        {
            "this" or "este" or "esta semana" or "de esta semana" or "este proximo" or "this week" => thisWeek,
            "next" or "el proximo" or "proximo" or "que viene" or "of next week" or "following" or "of the following week" or "siguiente" or "next week" or "de la proxima semana" or "de proxima semana" or "de la semana siguiente" or "de la semana que viene" => thisWeek.AddDays(7),
            "last" or "el pasado" or "pasado" or "of last week" or "previous" or "anterior" or "last week" or "previous week" or "de semana pasada" or "de la semana pasada" or "de la semana anterior" => thisWeek.AddDays(-7),
            "past" or "este pasado" or "este miercoles pasado" or "el pasado este" => thisWeek < today ? thisWeek : thisWeek.AddDays(-7),
            "coming" or "upcoming" or "this upcoming" => thisWeek > today ? thisWeek : thisWeek.AddDays(7),
            _ => null,
        };
        if (date is null && m.Groups["day"].Success)
        {
            var day = DateTimeLexicon.DayOf(m.Groups["day"].Value);
            date = Enumerable.Range(-2, 5).Select(k => today.AddMonths(k)).Where(d => day <= DateTime.DaysInMonth(d.Year, d.Month))
                .Select(d => new DateTime(d.Year, d.Month, day)).Where(d => ((int)d.DayOfWeek + 6) % 7 + 1 == weekday)
                .OrderBy(d => Math.Abs((d - today).TotalDays)).Cast<DateTime?>().FirstOrDefault();
        }

        return new DateTimePart(m.Index, m.Index + m.Length) { Date = date, Weekday = date is null ? weekday : null };
    }

    private static DateTimePart? Numeric(Match m, bool spanish)
    {
        int a = int.Parse(m.Groups["a"].Value), b = int.Parse(m.Groups["b"].Value);
        var isoYear = m.Groups["iy"].Success;
        var (month, day) = isoYear ? (a, b) : spanish || a > 12 || m.Groups["dot"].Success ? (b, a) : (a, b);
        if (month is < 1 or > 12 || day is < 1 or > 31 || (m.Groups["dot"].Success && !m.Groups["y"].Success))
        {
            return null;
        }

        return new DateTimePart(m.Index, m.Index + m.Length) { Month = month, Day = day, Year = Year(isoYear ? m.Groups["iy"] : m.Groups["y"]) };
    }

    private static int? Year(Group group) =>
        !group.Success ? null : group.Value.Length == 2 ? int.Parse(group.Value) is var yy && yy < 50 ? 2000 + yy : 1900 + yy : int.Parse(group.Value);

    [GeneratedRegex(@"(?<![\p{L}\d])(?<w>(?:the )?day (?:after tomorrow|before yesterday)|pasado manana|today|tonight|tomorrow|tmrw|tmr|yesterday|hoy|ayer|anteayer|antier|esta noche|last night|anoche|manana)(?![\p{L}\d])")]
    private static partial Regex Relative();

    [GeneratedRegex(@"(?:(?:en|por|de|a) la|esta|in the) $")]
    private static partial Regex MorningBefore();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?<mod>this upcoming|upcoming|this|next|last|past|previous|coming|following|este proximo|este|el proximo|proximo|el pasado) (?:week )?(?:- )?)?(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo|mon|tues|tue|wed|thurs|thur|thu|fri)(?: (?<post>que viene|pasado|siguiente|anterior|of next week|of last week|of the following week|(?:de )?esta semana|de (?:la )?(?:proxima semana|semana (?:siguiente|que viene|pasada|anterior))|de semana pasada))?(?:,? (?:the |el dia |el )(?<day>" + Day + @"))?(?![\p{L}\d])")]
    private static partial Regex WeekdayPattern();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<month>" + Month + @")\.?[ /.,-]{0,2}(?:the )?(?<day>" + Day + @")(?:\s?[,-]?\s?(?:of |in |de |del )?(?<year>\d{4}))?(?![\p{L}\d:])")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<day>" + Day + @")(?: of| de| do|-|/)? ?(?<month>" + Month + @")\.?(?:\s?[,/-]?\s?(?:of |in |de |del )?(?<year>\d{4}|\d{2}(?![\d:])))?(?![\p{L}])")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<year>\d{4})[/-](?:(?<month>" + Month + @")[/-](?<day>\d{1,2})|(?<day>\d{1,2})[/-](?<month>" + Month + @"))(?![\p{L}\d])")]
    private static partial Regex YearMonthDay();

    [GeneratedRegex(@"(?<![\d/.])(?:(?<iy>\d{4})(?<a>\d{2})(?<b>\d{2})(?!\d)|(?<iy>\d{4})[-/.](?<a>\d{1,2})[-/.](?<b>\d{1,2})|(?<a>\d{1,2})(?:/|(?<dot>\.)|-)(?<b>\d{1,2})(?:(?:/|\.|-)(?<y>\d{4}|\d{2}))?)(?![\d/])(?![.:]\d)")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?:the|el dia|el|del|dia) (?<day>\d{1,2})(?:st|nd|rd|th|ro|er|\.º|º)|(?:el dia|del|dia) (?<day>\d{1,2}))(?![\p{L}\d])")]
    private static partial Regex DayOnly();
}
