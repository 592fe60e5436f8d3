using System.Globalization;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Topics;

namespace PuenteBot.Dialogs.TalkToPerson;

/// <summary>
/// The caregiver's answer to "when is a good time?": a time the recognizer reads ("mañana después de las 5"),
/// or words that mean any time ("cuando sea", "no sé", "whenever", a plain "no").
/// </summary>
public static class CallBackTime
{
    private static readonly string[] AnyTimePhrases =
    [
        " any time ", " anytime ", " whenever ", " no preference ", " doesnt matter ", " any day ", " cuando sea ",
        " cualquier hora ", " cualquier momento ", " cualquier dia ", " da igual ", " no importa ", " cuando puedan ",
        " cuando quieran ", " a la hora que sea ",
    ];

    /// <summary>True when the words mean the caregiver has no preferred time: any time, or no answer at all ("no", "no sé").</summary>
    public static bool IsAnyTime(string? text) =>
        NoAnswer.Is(text) || AnyTimePhrases.Any((" " + string.Join(' ', NormalizedText.Words(text)) + " ").Contains);

    /// <summary>
    /// The first time found, in ISO 8601 with the clinic's offset: one moment, or a start/end interval for a range
    /// ("after 5" runs to the end of that day); null when it resolved to no wall-clock time.
    /// </summary>
    public static string? Resolve(IReadOnlyList<DateTimeMatch> matches, TimeZoneInfo zone)
    {
        if (matches.FirstOrDefault(m => m.Value is not null) is not { Value: { } start } match)
        {
            return null;
        }

        var end = match.End ?? start;
        return end == start ? Iso(start, zone) : Iso(start, zone) + "/" + Iso(end, zone);
    }

    /// <summary>The English name of a weekday (Monday = 1 … Sunday = 7), lower case, as the notes keep it.</summary>
    public static string WeekdayName(int weekday) => ((DayOfWeek)(weekday % 7)).ToString().ToLowerInvariant();

    private static string Iso(DateTime wallClock, TimeZoneInfo zone) =>
        new DateTimeOffset(wallClock, zone.GetUtcOffset(wallClock)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
