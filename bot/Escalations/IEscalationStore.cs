namespace PuenteBot.Escalations;

/// <summary>The escalations the turns committed (the <c>escalations</c> table), for clinicians and the delivery worker.</summary>
public interface IEscalationStore
{
    /// <summary>Newest first, filtered by state and urgency, one page of <see cref="EscalationQuery.PageSize"/>.</summary>
    Task<EscalationPage> ListAsync(EscalationQuery query, CancellationToken cancellationToken);

    /// <summary>What still needs a clinician (not acknowledged): urgent first, then routine, then barrier reports; oldest first within each.</summary>
    Task<IReadOnlyList<EscalationRecord>> QueueAsync(int limit, CancellationToken cancellationToken);

    /// <summary>A conversation's escalations, newest first, at most <paramref name="limit"/> (the summary's earlier escalations).</summary>
    Task<IReadOnlyList<EscalationRecord>> ForConversationAsync(string conversationId, int limit, CancellationToken cancellationToken);

    /// <summary>One escalation, or null when the id is unknown.</summary>
    Task<EscalationRecord?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the escalation acknowledged by <paramref name="acknowledgedBy"/>; false when the id is unknown. Idempotent:
    /// a second acknowledgement keeps the first one's name and time.
    /// </summary>
    Task<bool> AcknowledgeAsync(string id, string acknowledgedBy, CancellationToken cancellationToken);

    /// <summary>
    /// Adds machine translations of the family's words for readers of <paramref name="language"/> to the escalation's
    /// summary (<c>gists.{language}</c>, by the original words), beside those already there, in one statement (an update
    /// written at the same time is kept). False when the id is unknown or the family's data was deleted (no family words
    /// come back that way).
    /// </summary>
    Task<bool> AddGistsAsync(string id, string language, IReadOnlyDictionary<string, string> gists, CancellationToken cancellationToken);
}
