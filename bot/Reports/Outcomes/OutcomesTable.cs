namespace PuenteBot.Reports.Outcomes;

/// <summary>The outcomes page for the UTC days <see cref="From"/> to <see cref="To"/> (both included): its sections in the order they are shown.</summary>
public sealed record OutcomesTable(DateOnly From, DateOnly To, IReadOnlyList<OutcomeSection> Sections)
{
    public OutcomeSection this[string section] => Sections.Single(s => s.Name == section);
}
