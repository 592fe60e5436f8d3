using System.Globalization;

namespace PuenteBot.Portal.Reports;

/// <summary>The UTC days a report page shows: <c>from</c> and <c>to</c> as YYYY-MM-DD, else the last 30 days up to today; swapped when given backwards.</summary>
internal static class ReportDays
{
    public static (DateOnly From, DateOnly To) Read(string? from, string? to, TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var start = Day(from) ?? today.AddDays(-29);
        var end = Day(to) ?? today;
        return end < start ? (end, start) : (start, end);
    }

    /// <summary>A day as the date inputs and query strings write it.</summary>
    public static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
