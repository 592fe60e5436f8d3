using Microsoft.Extensions.Localization;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Dialogs.TalkToPerson;

/// <summary>
/// What PuenteBot reads back before asking the care team to call: the time with its limits, the way and the
/// language — "Weekdays after 3:30 PM, except Mondays, by phone, in Spanish — is that right?" — in the caregiver's
/// language (Person.Readback.* strings). A time it could not read is quoted as they wrote it.
/// </summary>
public static class CallBackReadback
{
    private static readonly int[] WorkWeek = [1, 2, 3, 4, 5];
    private static readonly int[] Weekend = [6, 7];

    public static string Text(IStringLocalizer strings, ITurnContext context, CallBackRequest request, DateOnly today)
    {
        var when = When(strings, context, request, today);
        var way = request.Way is { } known && CallBackWays.All.Contains(known)
            ? strings.For(context, "Person.Readback.Way." + known)
            : strings.For(context, "Person.Readback.Way.Words", request.Way ?? string.Empty);
        var language = strings.For(context, "Person.Readback.Language." + request.Language);
        var text = strings.For(context, "Person.Readback", when, way, language);
        return text.Length > 0 ? char.ToUpper(text[0], System.Globalization.CultureInfo.GetCultureInfo(context.Language)) + text[1..] : text;
    }

    private static string When(IStringLocalizer strings, ITurnContext context, CallBackRequest request, DateOnly today)
    {
        var window = request.Window;
        if (window.IsEmpty)
        {
            return request.AnyTime || string.IsNullOrWhiteSpace(request.Words)
                ? strings.For(context, "Person.Readback.AnyTime")
                : strings.For(context, "Person.Readback.Words", request.Words.Trim());
        }

        var parts = new[] { Days(strings, context, window, today), Hours(strings, context, window, today) }.Where(p => p is not null);
        var said = string.Join(' ', parts);
        return window.ExceptDays.Count == 0
            ? said
            : string.Join(", ", new[] { said, strings.For(context, "Person.Readback.Except", DayNames(strings, context, window.ExceptDays)) }.Where(p => p.Length > 0));
    }

    private static string? Days(IStringLocalizer strings, ITurnContext context, DateTimeWindow window, DateOnly today) => window switch
    {
        { Date: { } date } when date == today => strings.For(context, "Person.Readback.Today"),
        { Date: { } date } when date == today.AddDays(1) => strings.For(context, "Person.Readback.Tomorrow"),
        { Date: { } date } => strings.For(context, "Person.Readback.Day", date.ToDateTime(TimeOnly.MinValue)),
        { Days.Count: 0, AnyDay: true } => strings.For(context, "Person.Readback.AnyDay"),
        { Days.Count: 0 } => null,
        _ when Same(window.Days, WorkWeek) || (window.ExceptDays.Count > 0 && window.Days.All(WorkWeek.Contains) && window.Days.Concat(window.ExceptDays).Order().SequenceEqual(WorkWeek))
            => strings.For(context, "Person.Readback.Weekdays"),
        _ when Same(window.Days, Weekend) => strings.For(context, "Person.Readback.Weekends"),
        _ => DayNames(strings, context, window.Days),
    };

    private static string? Hours(IStringLocalizer strings, ITurnContext context, DateTimeWindow window, DateOnly today)
    {
        string Clock(TimeOnly time) =>
            strings.For(context, (time.Minute == 0 ? "Person.Readback.Hour" : "Person.Readback.Clock") + (time.Hour < 12 ? ".AM" : ".PM"), today.ToDateTime(time));
        return window switch
        {
            { PartOfDay: { } part } => strings.For(context, "Person.Readback.PartOfDay." + part),
            { From: { } from, To: { } to } when from == to => strings.For(context, One("Person.Readback.At", from), Clock(from)),
            { From: { } from, To: { } to } => strings.For(context, "Person.Readback.Between", Clock(from), Clock(to)),
            { From: { } from } => strings.For(context, One("Person.Readback.After", from), Clock(from)),
            { To: { } to } => strings.For(context, One("Person.Readback.Before", to), Clock(to)),
            _ => null,
        };
    }

    /// <summary>One o'clock has its own wording ("a la 1", not "a las 1").</summary>
    private static string One(string key, TimeOnly time) => time.Hour % 12 == 1 ? key + ".One" : key;

    /// <summary>"Tuesdays or Thursdays", "los martes o jueves".</summary>
    private static string DayNames(IStringLocalizer strings, ITurnContext context, IReadOnlyList<int> days)
    {
        var names = days.Select(d => strings.For(context, "Person.Readback.Weekday." + d)).ToList();
        var joined = names.Count == 1 ? names[0] : strings.For(context, "Person.Readback.Or", string.Join(", ", names[..^1]), names[^1]);
        return strings.For(context, "Person.Readback.Days", joined);
    }

    private static bool Same(IReadOnlyList<int> days, int[] set) => days.Order().SequenceEqual(set);
}
