namespace PuenteBot.Visits.Outreach;

/// <summary>Clinic-local days and times as instants (a local time skipped by a daylight-saving jump moves past the gap).</summary>
public static class ClinicTime
{
    /// <summary>The instant of <paramref name="time"/> on clinic-local <paramref name="day"/>.</summary>
    public static DateTimeOffset At(DateOnly day, TimeSpan time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue).Add(time);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The clinic-local day <paramref name="at"/> falls on.</summary>
    public static DateOnly Day(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    /// <summary>The start (clinic-local midnight) of the day <paramref name="at"/> falls on.</summary>
    public static DateTimeOffset StartOfDay(DateTimeOffset at, TimeZoneInfo zone) => At(Day(at, zone), TimeSpan.Zero, zone);
}
