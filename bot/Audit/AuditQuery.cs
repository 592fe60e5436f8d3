namespace PuenteBot.Audit;

/// <summary>A page of the audit log, newest first: optionally one escalation, one actor, one action, and a time range [From, To); pages count from 1.</summary>
public sealed record AuditQuery(
    string? EscalationId = null,
    string? Actor = null,
    string? Action = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Page = 1,
    int PageSize = AuditQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 50;

    /// <summary>The most rows one query returns (the CSV export asks for this many).</summary>
    public const int MaxPageSize = 10_000;
}
