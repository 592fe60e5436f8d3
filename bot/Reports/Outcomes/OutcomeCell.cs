using System.Globalization;

namespace PuenteBot.Reports.Outcomes;

/// <summary>
/// One figure for one segment: the value and how many values it came from (<see cref="Basis"/>; for a count, the count
/// itself). <see cref="Text"/> is what the page and the CSV print, small cells suppressed: a count of 1–4 prints "&lt;5"
/// and a statistic of fewer than 5 values prints "n&lt;5"; nothing to count prints 0, nothing to compute "-".
/// </summary>
public sealed record OutcomeCell(OutcomeMeasure Measure, double Value, int Basis)
{
    /// <summary>The smallest count (or basis of a statistic) shown as it is.</summary>
    public const int SmallestShown = 5;

    public const string SmallCount = "<5";

    public const string SmallBasis = "n<5";

    /// <summary>A statistic of no values at all.</summary>
    public const string Nothing = "-";

    /// <summary>True when the value may be shown (and drawn): a count of 0 or at least 5, a statistic of at least 5 values.</summary>
    public bool Shown => Measure == OutcomeMeasure.Count ? Basis is 0 or >= SmallestShown : Basis >= SmallestShown;

    public string Text => (Measure, Basis) switch
    {
        (OutcomeMeasure.Count, 0) => "0",
        (OutcomeMeasure.Count, < SmallestShown) => SmallCount,
        (OutcomeMeasure.Count, _) => Basis.ToString(CultureInfo.InvariantCulture),
        (_, 0) => Nothing,
        (_, < SmallestShown) => SmallBasis,
        (OutcomeMeasure.Mean, _) => Value.ToString("0.0", CultureInfo.InvariantCulture),
        (OutcomeMeasure.Duration, _) => CrisisReportText.Duration(TimeSpan.FromSeconds(Value)),
        _ => Value.ToString("0%", CultureInfo.InvariantCulture),
    };
}
