using System.Globalization;

namespace PuenteBot.Visits.Outreach;

/// <summary>The clinic's quiet hours ("20:00-08:00", clinic-local, may wrap midnight): when no planned message goes out.</summary>
public sealed record QuietHoursWindow(TimeOnly Start, TimeOnly End)
{
    public static bool TryParse(string? text, out QuietHoursWindow window)
    {
        window = new QuietHoursWindow(default, default);
        var parts = (text ?? string.Empty).Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            || start == end)
        {
            return false;
        }

        window = new QuietHoursWindow(start, end);
        return true;
    }

    /// <summary>When the quiet hours that contain <paramref name="at"/> end, or null when <paramref name="at"/> is outside them.</summary>
    public DateTimeOffset? EndOf(DateTimeOffset at, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var wraps = Start > End;
        var inside = wraps ? time >= Start || time < End : time >= Start && time < End;
        if (!inside)
        {
            return null;
        }

        var day = DateOnly.FromDateTime(local.DateTime);
        var endDay = wraps && time >= Start ? day.AddDays(1) : day;
        return ClinicTime.At(endDay, End.ToTimeSpan(), zone);
    }
}
