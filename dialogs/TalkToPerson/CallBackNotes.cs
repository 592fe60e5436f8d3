using System.Globalization;
using PuenteBot.Dialogs.Notes;

namespace PuenteBot.Dialogs.TalkToPerson;

/// <summary>The call-back note a request makes: the words as written beside the limits read from them.</summary>
public static class CallBackNotes
{
    /// <param name="request">What the caregiver said.</param>
    /// <param name="resolved">The recognizer's reading of the words (ISO 8601), kept only for one day, not a weekly pattern.</param>
    /// <param name="anyTime">True when they gave no time.</param>
    /// <param name="readBack">What was read back to them.</param>
    /// <param name="confirmed">True when they said the readback was right.</param>
    /// <param name="at">Now.</param>
    public static CallBackNote From(CallBackRequest request, string? resolved, bool anyTime, string? readBack, bool confirmed, DateTimeOffset at)
    {
        var window = request.Window;
        return new CallBackNote
        {
            When = request.Words,
            Resolved = window.IsWeekly ? null : resolved,
            AnyTime = anyTime,
            Days = [.. window.Days.Select(CallBackTime.WeekdayName)],
            ExceptDays = [.. window.ExceptDays.Select(CallBackTime.WeekdayName)],
            Date = window.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            From = window.From?.ToString("HH:mm", CultureInfo.InvariantCulture),
            To = window.To?.ToString("HH:mm", CultureInfo.InvariantCulture),
            Way = request.Way,
            Language = request.Language,
            LanguageAsked = request.LanguageAsked,
            ReadBack = readBack,
            Confirmed = confirmed,
            At = at,
        };
    }
}
