namespace PuenteBot.Reports.Outcomes;

/// <summary>Reads the <see cref="OutcomeFacts"/> of a range from the database <c>Storage:Provider</c> names.</summary>
public interface IOutcomeSource
{
    /// <summary>The facts from <paramref name="from"/> (included) to <paramref name="until"/> (excluded).</summary>
    Task<OutcomeFacts> ReadAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken);
}
