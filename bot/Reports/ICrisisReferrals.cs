namespace PuenteBot.Reports;

/// <summary>The urgent escalations the crisis report counts, read from the database <c>Storage:Provider</c> names.</summary>
public interface ICrisisReferrals
{
    /// <summary>Those raised from <paramref name="from"/> (included) to <paramref name="until"/> (excluded); <c>unknown</c> for a language or channel the summary lacks.</summary>
    Task<IReadOnlyList<CrisisReferral>> ReadAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken);
}
