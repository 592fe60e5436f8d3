using System.Globalization;
using PuenteBot.Dialogs.Notes;

namespace PuenteBot.Escalations.Summaries;

/// <summary>
/// The call-back time the family asked for, in the reader's words from what the recognizer resolved: "tomorrow after
/// 5 pm", "on Mondays and Thursdays before 10 am", "mañana después de las 5 p. m."; empty when nothing was resolved
/// (the family's own words are then quoted instead).
/// </summary>
internal sealed class CallBackWords(ClinicianText text)
{
    private readonly TimeWords words = new(text);

    public string Of(CallBackNote callBack, DateTimeOffset now)
    {
        if (callBack.AnyTime)
        {
            return text.Get("Escalation.CallBack.AnyTime");
        }

        var parts = new List<string>();
        if (DateOnly.TryParseExact(callBack.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            parts.Add(words.Day(date, words.Today(now)));
        }
        else if (callBack.Days.Count > 0)
        {
            parts.Add(text.Get("Escalation.CallBack.Days", words.List([.. callBack.Days.Select(words.Weekdays)])));
        }

        if (callBack.ExceptDays.Count > 0)
        {
            parts.Add(text.Get("Escalation.CallBack.Except", words.List([.. callBack.ExceptDays.Select(words.Weekdays)])));
        }

        var (from, to) = (Clock(callBack.From), Clock(callBack.To));
        parts.Add((from, to) switch
        {
            ({ } start, { } end) => text.Get("Escalation.CallBack.Between", start, end),
            ({ } start, null) => text.Get("Escalation.CallBack.After", start),
            (null, { } end) => text.Get("Escalation.CallBack.Before", end),
            _ => string.Empty,
        });
        var said = string.Join(' ', parts.Where(p => p.Length > 0));
        return said.Length > 0 ? said : Resolved(callBack.Resolved, now);
    }

    private string? Clock(string? time) =>
        TimeOnly.TryParseExact(time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? words.Clock(parsed) : null;

    /// <summary>A resolved moment (its start, when it is a range) in words; empty when there is none.</summary>
    private string Resolved(string? resolved, DateTimeOffset now) =>
        resolved?.Split('/')[0] is { Length: > 0 } start
            && DateTimeOffset.TryParse(start, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? words.At(at, now)
            : string.Empty;
}
