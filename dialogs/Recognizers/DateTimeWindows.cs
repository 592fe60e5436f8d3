using System.Globalization;
using System.Text.RegularExpressions;

namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// Reads the limits of a call-back time (<see cref="DateTimeWindow"/>) from the caregiver's words: weekday sets
/// ("weekdays", "entre semana", "de lunes a viernes", "martes o jueves", "los martes"), days left out ("not
/// Mondays", "menos el lunes", "any morning but friday"), and the hours ("after 3:30", "después de las 3 y media",
/// "before 10 am", "between 3 and 5", "en la tarde"). One day said once ("el jueves", "tomorrow") is the date the
/// date/time recognizer resolved. An hour from 1 to 7 without am or pm is read as afternoon, as for call-backs.
/// </summary>
public static partial class DateTimeWindows
{
    private const string Weekday = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo|mon|tues|tue|wed|thurs|thur|thu|fri|wensday|wendsday|wednsday|thrusday|tusday|miercole";

    private const string DayList = "(?:" + Weekday + ")s?(?:(?: ?, ?| or | and | nor | o | u | y | e | ni |/)(?:(?:on|los|el|las) )?(?:" + Weekday + ")s?)*";

    private static readonly Dictionary<string, int> Typos = new() { ["wensday"] = 3, ["wendsday"] = 3, ["wednsday"] = 3, ["thrusday"] = 4, ["tusday"] = 2, ["miercole"] = 3 };

    private static readonly int[] WorkWeek = [1, 2, 3, 4, 5];

    /// <param name="text">The caregiver's words.</param>
    /// <param name="reference">Now, on the clinic's wall clock.</param>
    /// <param name="found">What <see cref="DateTimeRecognizer"/> found in the same words (for one day said once).</param>
    public static DateTimeWindow Read(string? text, DateTime reference, IReadOnlyList<DateTimeMatch> found)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new DateTimeWindow();
        }

        var folded = TextNormalizer.FoldInPlace(text);
        var except = new SortedSet<int>();
        foreach (Match m in Exclusion().Matches(folded))
        {
            except.UnionWith(DaysIn(m.Groups["list"].Value));
        }

        var rest = Exclusion().Replace(folded, match => new string(' ', match.Length));
        var days = new SortedSet<int>();
        var weekly = except.Count > 0;
        if (WorkWeekWords().IsMatch(rest))
        {
            days.UnionWith(WorkWeek);
        }

        if (WeekendWords().IsMatch(rest))
        {
            days.UnionWith([6, 7]);
        }

        foreach (Match m in Range().Matches(rest))
        {
            days.UnionWith(Between(DayOf(m.Groups["a"].Value), DayOf(m.Groups["b"].Value)));
        }

        var named = Range().Replace(rest, match => new string(' ', match.Length));
        var single = DayWord().Matches(named).ToList();
        weekly |= days.Count > 0 || single.Count > 1 || single.Any(m => m.Groups["pl"].Success || m.Groups["every"].Success);
        if (weekly)
        {
            days.UnionWith(single.Select(m => DayOf(m.Groups["wd"].Value)));
        }

        var anyDay = AnyDayWords().IsMatch(rest);
        var (from, to, partOfDay) = Hours(rest, reference);
        var date = weekly || anyDay ? null : found.FirstOrDefault(m => m.Type.StartsWith("date", StringComparison.Ordinal) && m.Value is not null)?.Value;
        days.ExceptWith(except);
        return new DateTimeWindow
        {
            Days = [.. days],
            ExceptDays = [.. except],
            AnyDay = anyDay && days.Count == 0,
            Date = date is { } day ? DateOnly.FromDateTime(day) : null,
            From = from,
            To = to,
            PartOfDay = partOfDay,
        };
    }

    private static (TimeOnly? From, TimeOnly? To, string? PartOfDay) Hours(string text, DateTime reference)
    {
        if (BetweenHours().Match(text) is { Success: true } between)
        {
            var second = Clock(between.Groups["b"].Value, between.Groups["bm"].Value, between.Groups["bp"].Value, null);
            var first = Clock(between.Groups["a"].Value, between.Groups["am"].Value, between.Groups["ap"].Value, second);
            return (first, second, null);
        }

        TimeOnly? from = null, to = null;
        string? partOfDay = null;
        var parts = TimeParts.Find(text, reference).OrderBy(p => p.Start).ToList();
        var clocked = parts.Any(p => p.Hour is not null);
        foreach (var part in parts.Where(p => p.Hour is not null || !clocked))
        {
            if (part.Hour is { } hour)
            {
                TimeOnly? at = new TimeOnly(CallBackHour(hour, part.Meridiem) % 24, part.Minute ?? 0);
                (from, to) = part.Mod switch
                {
                    "after" => (at, to),
                    "before" => (from, at),
                    _ => (at, at),
                };
            }
            else if (part.PartOfDay is { } p && partOfDay is null)
            {
                partOfDay = p.Code;
                from ??= new TimeOnly(p.Start, 0);
                to ??= p.End >= 24 ? new TimeOnly(23, 59) : new TimeOnly(p.End, 0);
            }
        }

        return (from, to, partOfDay);
    }

    /// <summary>A clock time of a range; without am or pm it takes the other end's half of the day, or the call-back reading.</summary>
    private static TimeOnly Clock(string hourText, string minuteText, string meridiem, TimeOnly? other)
    {
        var hour = int.Parse(hourText, CultureInfo.InvariantCulture);
        var minute = minuteText.Length > 0 ? int.Parse(minuteText, CultureInfo.InvariantCulture) : 0;
        var marker = meridiem.Replace(".", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        hour = marker switch
        {
            "pm" => hour % 12 + 12,
            "am" => hour % 12,
            _ when other is { } end && end.Hour >= 12 && hour < 12 && hour + 12 <= end.Hour => hour + 12,
            _ => CallBackHour(hour, other is not null && other.Value.Hour < 12),
        };
        return new TimeOnly(Math.Min(hour, 23), Math.Min(minute, 59));
    }

    private static int CallBackHour(int hour, bool meridiem) => !meridiem && hour is >= 1 and < 8 ? hour + 12 : hour;

    private static IEnumerable<int> DaysIn(string list) => DayWord().Matches(list).Select(m => DayOf(m.Groups["wd"].Value));

    private static int DayOf(string word) => Typos.TryGetValue(word, out var day) ? day : DateTimeLexicon.Weekdays[word];

    private static IEnumerable<int> Between(int first, int last) =>
        Enumerable.Range(0, (last - first + 7) % 7 + 1).Select(k => (first - 1 + k) % 7 + 1);

    [GeneratedRegex(@"(?<![\p{L}\d])(?:but not|but|not|except|excepting|excluding|other than|besides|no|menos|excepto|salvo|pero no|nunca|never)(?: on| for| el| los| las| la)* (?<list>" + DayList + @")(?![\p{L}])")]
    private static partial Regex Exclusion();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<every>every |each |on |los |cada |todos los )?(?<wd>" + Weekday + @")(?<pl>s)?(?![\p{L}])")]
    private static partial Regex DayWord();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:from |de |del )?(?<a>" + Weekday + @")s? ?(?:to|through|thru|-|a|al|hasta(?: el)?) ?(?<b>" + Weekday + @")s?(?![\p{L}])")]
    private static partial Regex Range();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:week ?days?|work ?days?|during the week|entre semana|dias de (?:la )?semana|dias habiles|dias de trabajo)(?![\p{L}])")]
    private static partial Regex WorkWeekWords();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:week ?ends?|fin(?:es)? de semana)(?![\p{L}])")]
    private static partial Regex WeekendWords();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:any ?day|every ?day|all week|any (?:morning|afternoon|evening|night)|cualquier dia|todos los dias|toda la semana|cualquier (?:manana|tarde|noche))(?![\p{L}])")]
    private static partial Regex AnyDayWords();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:between|entre|from|de|desde)(?: las?)? (?<a>\d{1,2})(?::(?<am>\d{2}))?(?: ?(?<ap>[ap]\.? ?m\.?))? ?(?:and|to|y|a|-|hasta)(?: las?)? ?(?<b>\d{1,2})(?::(?<bm>\d{2}))?(?: ?(?<bp>[ap]\.? ?m\.?))?(?![\d:])")]
    private static partial Regex BetweenHours();
}
