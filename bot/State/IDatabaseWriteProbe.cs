namespace PuenteBot.State;

/// <summary>
/// Proves the database takes writes by committing one (readiness reports a database that cannot be written, not only
/// one that cannot be reached).
/// </summary>
public interface IDatabaseWriteProbe
{
    /// <summary>Null when the write committed within <paramref name="wait"/>; otherwise what stopped it (an error name, never data).</summary>
    Task<string?> ProbeAsync(TimeSpan wait, CancellationToken cancellationToken);
}
