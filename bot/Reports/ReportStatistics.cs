namespace PuenteBot.Reports;

/// <summary>The order statistics the reports print: the median (the mean of the two middle values for an even count) and a nearest-rank percentile.</summary>
internal static class ReportStatistics
{
    public static TimeSpan? Median(IReadOnlyList<TimeSpan> sorted) =>
        sorted.Count == 0 ? null : TimeSpan.FromTicks((long)Median(sorted.Select(t => (double)t.Ticks).ToList()));

    /// <summary>The median of values sorted ascending (NaN when there are none).</summary>
    public static double Median(IReadOnlyList<double> sorted) => sorted.Count switch
    {
        0 => double.NaN,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[(n / 2) - 1] + sorted[n / 2]) / 2,
    };

    /// <summary>The nearest-rank percentile of values sorted ascending: the smallest value at or above <paramref name="percent"/>% of them.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, int percent) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];
}
