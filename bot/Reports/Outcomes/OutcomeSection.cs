namespace PuenteBot.Reports.Outcomes;

/// <summary>A group of figures shown together (under one heading, with one chart): e.g. <c>reminders</c>.</summary>
public sealed record OutcomeSection(string Name, IReadOnlyList<OutcomeFigure> Figures)
{
    /// <summary>The figure of that name; throws when the section has none.</summary>
    public OutcomeFigure this[string figure] => Figures.Single(f => f.Name == figure);
}
