namespace PuenteBot.Reports;

/// <summary>The crisis report for the UTC days <see cref="From"/> to <see cref="To"/> (both included), and its total line.</summary>
public sealed record CrisisReportTable(DateOnly From, DateOnly To, IReadOnlyList<CrisisReportRow> Rows, CrisisReportRow Total);
