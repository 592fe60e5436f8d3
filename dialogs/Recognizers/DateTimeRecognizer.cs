using System.Globalization;

namespace PuenteBot.Dialogs.Recognizers;

/// <summary>Call-back times such as "tomorrow after 5" or "el lunes en la tarde", resolved against a reference time.</summary>
public sealed class DateTimeRecognizer
{
    /// <summary>Pieces this close, with only these words between, are one expression ("friday at 4pm", "mañana a las 5").</summary>
    private static readonly string[] Joiners = ["", ",", "at", "on", "el", "del", "de", "en", "for", "around", "-", "@", "a"];

    /// <param name="text">The caregiver's words.</param>
    /// <param name="language">en or es.</param>
    /// <param name="reference">Now, as wall-clock time in the clinic's time zone.</param>
    public IReadOnlyList<DateTimeMatch> Recognize(string? text, string language, DateTime reference)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var folded = TextNormalizer.FoldInPlace(text);
        var parts = DateParts.Find(folded, reference, language == Languages.Spanish)
            .Concat(TimeParts.Find(folded, reference))
            .OrderBy(p => p.Start).ThenByDescending(p => p.End - p.Start)
            .ToList();
        return Join(parts, folded).Select(p => DateTimeResolution.Resolve(p, text, reference)).ToList();
    }

    /// <summary>The time in <paramref name="zone"/> at <paramref name="now"/>, for <see cref="Recognize(string?, string, DateTime)"/>.</summary>
    public IReadOnlyList<DateTimeMatch> Recognize(string? text, string language, DateTimeOffset now, TimeZoneInfo zone) =>
        Recognize(text, language, TimeZoneInfo.ConvertTime(now, zone).DateTime);

    private static List<DateTimePart> Join(List<DateTimePart> parts, string folded)
    {
        var joined = new List<DateTimePart>();
        foreach (var part in parts)
        {
            var last = joined.Count > 0 ? joined[^1] : null;
            if (last is not null && part.Start < last.End)
            {
                if (part.End > last.End && Combinable(last, part))
                {
                    joined[^1] = Merge(last, part);
                }
                else if (part.End - part.Start > last.End - last.Start)
                {
                    joined[^1] = part;
                }

                continue;
            }

            if (last is not null && Combinable(last, part) && Joiners.Contains(folded[last.End..part.Start].Trim().TrimEnd(',').Trim()))
            {
                joined[^1] = Merge(last, part);
                continue;
            }

            joined.Add(part);
        }

        return joined;
    }

    /// <summary>
    /// Two pieces make one expression when each adds what the other lacks: a day and a time, an hour and a part of
    /// the day, or a weekday and the date it falls on ("friday 7/6").
    /// </summary>
    private static bool Combinable(DateTimePart a, DateTimePart b) =>
        !a.IsNow && !b.IsNow && a.Moment is null && b.Moment is null
        && (!(a.HasDay && b.HasDay) || IsWeekdayAndDate(a, b))
        && !(a.Hour is not null && b.Hour is not null) && !(a.PartOfDay is not null && b.PartOfDay is not null)
        && (a.HasDay || b.HasDay || a.Hour is not null || b.Hour is not null);

    private static bool IsWeekdayAndDate(DateTimePart a, DateTimePart b) => a.Month is null && a.Day is null && b.Month is not null && !a.HasTime;

    private static DateTimePart Merge(DateTimePart a, DateTimePart b)
    {
        var hour = a.Hour ?? b.Hour;
        var partOfDay = a.PartOfDay ?? b.PartOfDay;
        if (hour is >= 1 and < 12 && partOfDay is { Code: "AF" or "EV" } || (hour is >= 4 and < 12 && partOfDay?.Code == "NI"))
        {
            hour += 12;
        }

        var dated = IsWeekdayAndDate(a, b);
        return new DateTimePart(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End))
        {
            Date = dated ? null : a.Date ?? b.Date, Month = a.Month ?? b.Month, Day = a.Day ?? b.Day, Year = a.Year ?? b.Year, Weekday = dated ? null : a.Weekday ?? b.Weekday,
            Hour = hour, Minute = a.Minute ?? b.Minute, Second = a.Second ?? b.Second, Mod = a.Mod ?? b.Mod, Meridiem = a.Meridiem || b.Meridiem || partOfDay is not null,
            PartOfDay = hour is null ? partOfDay : null,
        };
    }
}
