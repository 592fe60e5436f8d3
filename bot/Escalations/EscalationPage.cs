namespace PuenteBot.Escalations;

/// <summary>One page of escalations, newest first, with how many match the query in all.</summary>
public sealed record EscalationPage(IReadOnlyList<EscalationRecord> Items, int Total, int Page, int PageSize);
