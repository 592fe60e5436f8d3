using PuenteBot.Families;
using PuenteBot.State;

namespace PuenteBot.Escalations.Summaries;

/// <summary>
/// What a summary is built from besides the escalation itself: the enrolled family (or null), the earlier escalations
/// of its conversations, the number an SMS conversation came from, the conversation log (read only for rows stored
/// before escalations carried their excerpt) and the reader's now, which "today" and "tomorrow" are relative to.
/// </summary>
public sealed record SummarySources(
    FamilyRecord? Family,
    IReadOnlyList<EscalationRecord> Earlier,
    string? SmsPhone,
    IReadOnlyList<LogEntry> Log,
    DateTimeOffset Now)
{
    /// <summary>Nothing but the escalation (the database is unreachable): no family, no earlier escalations, no log.</summary>
    public static SummarySources None(DateTimeOffset now) => new(null, [], null, [], now);
}
