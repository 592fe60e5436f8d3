using PuenteBot.Reports.Outcomes;

namespace PuenteBot.Portal.Outcomes;

/// <summary>One bar (or group of bars, one per series) of an outcomes chart: its label and the cells it draws; a suppressed cell draws no bar, only its text.</summary>
public sealed record OutcomeBar(string Label, IReadOnlyList<OutcomeCell> Values);
