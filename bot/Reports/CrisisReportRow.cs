namespace PuenteBot.Reports;

/// <summary>
/// One line of the crisis report: how many urgent escalations of one danger kind, language and channel were raised,
/// how many a clinician acknowledged, and how long that took (median and longest). Counts only, no identifiers.
/// </summary>
public sealed record CrisisReportRow(string Kind, string Language, string Channel, int Referrals, int Acknowledged, TimeSpan? MedianToAcknowledge, TimeSpan? LongestToAcknowledge);
