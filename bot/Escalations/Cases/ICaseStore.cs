namespace PuenteBot.Escalations.Cases;

/// <summary>
/// The cases of escalations (<c>escalation_cases</c>, <c>case_notes</c>). Each change is one conditional statement,
/// so two clinicians (or two instances) acting at once cannot both win; each answers false when the escalation is
/// unknown or its case is not in a state the change starts from.
/// </summary>
public interface ICaseStore
{
    /// <summary>The case of one escalation (<see cref="CaseRecord.Open"/> when nobody touched it).</summary>
    Task<CaseRecord> GetAsync(string escalationId, CancellationToken cancellationToken);

    /// <summary>The cases of several escalations, by escalation id (only those somebody touched).</summary>
    Task<IReadOnlyDictionary<string, CaseRecord>> ForEscalationsAsync(IReadOnlyCollection<string> escalationIds, CancellationToken cancellationToken);

    /// <summary>Open → claimed by <paramref name="user"/> (true again for its own claim).</summary>
    Task<bool> ClaimAsync(string escalationId, string user, CancellationToken cancellationToken);

    /// <summary>Open or claimed → claimed by <paramref name="user"/> (a clinician in the conversation is taken over, not reassigned).</summary>
    Task<bool> AssignAsync(string escalationId, string user, CancellationToken cancellationToken);

    /// <summary>Any state → in conversation with <paramref name="user"/> (joining reopens a closed case).</summary>
    Task<bool> StartConversationAsync(string escalationId, string user, CancellationToken cancellationToken);

    /// <summary>In conversation → claimed by the same owner (handed back to PuenteBot).</summary>
    Task<bool> EndConversationAsync(string escalationId, CancellationToken cancellationToken);

    /// <summary>Any state but closed → closed with <paramref name="disposition"/> (the owner stays, or becomes <paramref name="user"/>).</summary>
    Task<bool> CloseAsync(string escalationId, string user, string disposition, CancellationToken cancellationToken);

    /// <summary>
    /// Marks an open, never re-paged case re-paged at <paramref name="at"/>; true for exactly one caller, however many
    /// instances try at once.
    /// </summary>
    Task<bool> MarkRepagedAsync(string escalationId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Urgent escalations not acknowledged, raised at or before <paramref name="raisedBy"/>, whose case is open and never re-paged; oldest first.</summary>
    Task<IReadOnlyList<EscalationRecord>> RepageDueAsync(DateTimeOffset raisedBy, int limit, CancellationToken cancellationToken);

    /// <summary>The queue with its cases: urgent first, then routine, then barrier reports; oldest first within each.</summary>
    Task<IReadOnlyList<CaseRow>> QueueAsync(CaseQueueQuery query, CancellationToken cancellationToken);

    Task<bool> AddNoteAsync(string escalationId, string author, string text, CancellationToken cancellationToken);

    /// <summary>A case's notes, oldest first.</summary>
    Task<IReadOnlyList<CaseNote>> NotesAsync(string escalationId, CancellationToken cancellationToken);
}
