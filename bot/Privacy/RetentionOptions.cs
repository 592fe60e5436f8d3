namespace PuenteBot.Privacy;

/// <summary>
/// How long data is kept, from two keys: <c>Storage:RetentionDays</c> (default 365) for a conversation inactive that
/// long (state, log, SMS contact, Direct Line history) and log entries older than that, and
/// <c>Escalation:RetentionDays</c> (default 2555, seven years: a common medical-record minimum; set your clinic's) for
/// escalation records with their deliveries, case and notes. 0 turns a purge off. <c>Storage:RetentionInterval</c>
/// says how often the purge runs (default six hours).
/// </summary>
public sealed class RetentionOptions
{
    public int ConversationDays { get; set; } = 365;

    public int EscalationDays { get; set; } = 2555;

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How many inactive conversations one pass deletes, so a first run on a large database does not hold the writer long.</summary>
    public int BatchSize { get; set; } = 500;
}
