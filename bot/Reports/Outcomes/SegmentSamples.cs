namespace PuenteBot.Reports.Outcomes;

/// <summary>
/// The values of one figure, kept per segment as they are counted (a count is a number of values; a mean, rate or
/// time is computed over them), then turned into the figure's cells.
/// </summary>
internal sealed class SegmentSamples
{
    private readonly List<double>[] values = [.. OutcomeSegments.Names.Select(_ => new List<double>())];

    public void Add(IReadOnlyList<int> segments, double value = 1)
    {
        foreach (var segment in segments)
        {
            values[segment].Add(value);
        }
    }

    public int CountAll => values[0].Count;

    public OutcomeFigure Count(string name) => Figure(name, OutcomeMeasure.Count, v => v.Count);

    public OutcomeFigure Mean(string name) => Figure(name, OutcomeMeasure.Mean, v => v.Average());

    public OutcomeFigure Rate(string name) => Figure(name, OutcomeMeasure.Rate, v => v.Average());

    public OutcomeFigure Median(string name) => Figure(name, OutcomeMeasure.Duration, v => ReportStatistics.Median([.. v.Order()]));

    public OutcomeFigure Percentile90(string name) => Figure(name, OutcomeMeasure.Duration, v => ReportStatistics.Percentile([.. v.Order()], 90));

    private OutcomeFigure Figure(string name, OutcomeMeasure measure, Func<List<double>, double> statistic) =>
        new(name, [.. values.Select(v => new OutcomeCell(measure, v.Count == 0 ? 0 : statistic(v), v.Count))]);
}
