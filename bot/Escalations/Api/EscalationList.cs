namespace PuenteBot.Escalations.Api;

/// <summary><c>GET /api/escalations</c>: one page, newest first, and how many match in all.</summary>
public sealed record EscalationList(IReadOnlyList<EscalationItem> Items, int Page, int PageSize, int Total);
