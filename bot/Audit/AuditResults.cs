namespace PuenteBot.Audit;

/// <summary>One page of audit rows, newest first, with how many match the query in all.</summary>
public sealed record AuditResults(IReadOnlyList<AuditEntry> Items, int Total, int Page, int PageSize);
