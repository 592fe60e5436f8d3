namespace PuenteBot.Reports.Outcomes;

/// <summary>What an outcome figure is: a count, or a statistic over some number of values (its basis).</summary>
public enum OutcomeMeasure
{
    /// <summary>How many.</summary>
    Count,

    /// <summary>A mean (confidence 0–10).</summary>
    Mean,

    /// <summary>A time (median or 90th percentile to acknowledgement), in seconds.</summary>
    Duration,

    /// <summary>A share of the basis, 0–1 (attendance).</summary>
    Rate,
}
