namespace PuenteBot.Reports;

/// <summary>The reports count UTC days: a range of days runs from the first one's 00:00 UTC to the day after the last.</summary>
internal static class UtcDays
{
    /// <summary>The start of a UTC day.</summary>
    public static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
