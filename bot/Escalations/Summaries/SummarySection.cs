namespace PuenteBot.Escalations.Summaries;

/// <summary>A titled part of a summary (who, risk, barriers, …); sections with nothing to say are left out.</summary>
public sealed record SummarySection(string Key, string Heading, IReadOnlyList<SummaryLine> Lines);
