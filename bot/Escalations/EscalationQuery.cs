namespace PuenteBot.Escalations;

/// <summary>A page of the escalation list, optionally only one state and one urgency; pages count from 1.</summary>
public sealed record EscalationQuery(string? State = null, string? Urgency = null, int Page = 1, int PageSize = EscalationQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
}
