namespace PuenteBot.Reports.Outcomes;

/// <summary>One line of the outcomes page: a figure's name (e.g. <c>families_active</c>, <c>barrier.transport</c>) and its cell for each of <see cref="OutcomeSegments.All"/>, in that order.</summary>
public sealed record OutcomeFigure(string Name, IReadOnlyList<OutcomeCell> Cells)
{
    /// <summary>The cell of one segment (<c>all</c>, <c>en</c>, <c>es</c>, <c>sms</c>, <c>webchat</c>, <c>other</c>).</summary>
    public OutcomeCell this[string segment] => Cells[OutcomeSegments.IndexOf(segment)];
}
