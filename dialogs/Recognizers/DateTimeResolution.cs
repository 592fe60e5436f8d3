using System.Globalization;

namespace PuenteBot.Dialogs.Recognizers;

/// <summary>Turns a joined <see cref="DateTimePart"/> into a <see cref="DateTimeMatch"/>: its type, TIMEX and the wall-clock times it means.</summary>
internal static class DateTimeResolution
{
    public static DateTimeMatch Resolve(DateTimePart part, string text, DateTime reference)
    {
        var words = text[part.Start..part.End];
        if (part.IsNow)
        {
            return new DateTimeMatch(words, part.Start, words.Length, "datetime", "PRESENT_REF", reference, reference);
        }

        if (part.Moment is { } moment)
        {
            return new DateTimeMatch(words, part.Start, words.Length, "datetime", moment.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), moment, moment);
        }

        var day = part.HasDay ? Day(part, reference) : (DateTime?)null;
        var dayTimex = part.HasDay ? DayTimex(part) : string.Empty;
        var timeTimex = part.Hour is { } h ? Clock(h, part.Minute, part.Second) : part.PartOfDay is { } p ? "T" + p.Code : string.Empty;
        var isRange = part.Mod is not null || (part.PartOfDay is not null && part.Hour is null);
        var type = (part.HasDay, part.HasTime) switch
        {
            (true, false) => "date",
            (false, _) => isRange ? "timerange" : "time",
            _ => isRange ? "datetimerange" : "datetime",
        };
        var (start, end) = Span(part, day ?? NextDayFor(part, reference), reference);
        return new DateTimeMatch(words, part.Start, words.Length, type, dayTimex + timeTimex, start, end);
    }

    private static string Clock(int hour, int? minute, int? second) =>
        "T" + hour.ToString("00", CultureInfo.InvariantCulture)
        + (minute is { } m ? ":" + m.ToString("00", CultureInfo.InvariantCulture) : string.Empty)
        + (second is { } s ? ":" + s.ToString("00", CultureInfo.InvariantCulture) : string.Empty);

    private static string DayTimex(DateTimePart part)
    {
        if (part.Date is { } date)
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (part.Weekday is { } weekday)
        {
            return "XXXX-WXX-" + weekday.ToString(CultureInfo.InvariantCulture);
        }

        var year = part.Year?.ToString("0000", CultureInfo.InvariantCulture) ?? "XXXX";
        var month = part.Month?.ToString("00", CultureInfo.InvariantCulture) ?? "XX";
        return $"{year}-{month}-{part.Day!.Value.ToString("00", CultureInfo.InvariantCulture)}";
    }

    /// <summary>The day meant: a weekday, month-day or day of month not yet past, from the reference.</summary>
    private static DateTime? Day(DateTimePart part, DateTime reference)
    {
        var today = reference.Date;
        if (part.Date is { } date)
        {
            return date;
        }

        if (part.Weekday is { } weekday)
        {
            var ahead = (weekday - (((int)today.DayOfWeek + 6) % 7 + 1) + 7) % 7;
            return today.AddDays(ahead == 0 ? 7 : ahead);
        }

        var months = part.Month is { } m
            ? Enumerable.Range(0, 2).Select(k => new DateTime((part.Year ?? today.Year) + k, m, 1))
            : Enumerable.Range(0, 3).Select(k => new DateTime(today.Year, today.Month, 1).AddMonths(k));
        return months
            .Where(first => part.Day <= DateTime.DaysInMonth(first.Year, first.Month))
            .Select(first => first.AddDays(part.Day!.Value - 1))
            .Where(candidate => candidate >= today || part.Year is not null)
            .Cast<DateTime?>()
            .FirstOrDefault();
    }

    /// <summary>For a time alone: today if it is still ahead, else tomorrow.</summary>
    private static DateTime NextDayFor(DateTimePart part, DateTime reference) =>
        part.Hour is { } h && CallBackHour(h, part) < reference.Hour ? reference.Date.AddDays(1) : reference.Date;

    private static int CallBackHour(int hour, DateTimePart part) => !part.Meridiem && hour is >= 1 and < 8 ? hour + 12 : hour;

    private static (DateTime? Start, DateTime? End) Span(DateTimePart part, DateTime? day, DateTime reference)
    {
        if (day is not { } d)
        {
            return (null, null);
        }

        if (part.Hour is { } hour)
        {
            var at = d.AddHours(CallBackHour(hour, part)).AddMinutes(part.Minute ?? 0).AddSeconds(part.Second ?? 0);
            return part.Mod switch
            {
                "after" => (at, d.AddDays(1).AddSeconds(-1)),
                "before" => (d == reference.Date ? reference : d, at),
                _ => (at, at),
            };
        }

        return part.PartOfDay is { } p ? (d.AddHours(p.Start), d.AddHours(p.End).AddSeconds(-1)) : (d, d.AddDays(1).AddSeconds(-1));
    }
}
