namespace PuenteBot.Escalations.Delivery;

/// <summary>
/// The delivery side of the escalations table (the transactional outbox the turns write): one row per escalation
/// and notifier in <c>escalation_deliveries</c>, claimed for one try at a time under a lease, so a crash leaves it due
/// again and two processes never hold the same delivery. One implementation per <c>Storage:Provider</c>.
/// </summary>
public abstract class EscalationOutbox
{
    /// <summary>
    /// Takes up the most urgent, oldest escalation with deliveries due at <paramref name="now"/> for the
    /// <paramref name="notifiers"/>; its due deliveries are held for <paramref name="lease"/>. Null when nothing is due.
    /// </summary>
    public abstract Task<ClaimedEscalation?> ClaimNextAsync(IReadOnlyList<string> notifiers, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>When the next delivery for <paramref name="notifiers"/> falls due (retries, expired claims); null when none waits.</summary>
    public abstract Task<DateTimeOffset?> NextDueAtAsync(IReadOnlyList<string> notifiers, CancellationToken cancellationToken);

    /// <summary>
    /// Records a successful try; the escalation becomes delivered once every one of <paramref name="notifiers"/> delivered it.
    /// With <paramref name="idempotencyKey"/>, only a delivery still under that key counts: an update that came in while
    /// the try was in flight keeps the delivery due.
    /// </summary>
    public abstract Task DeliveredAsync(string escalationId, string notifier, IReadOnlyList<string> notifiers, DateTimeOffset now, CancellationToken cancellationToken, string? idempotencyKey = null);

    /// <summary>Records a failed try: due again at <paramref name="retryAt"/>, or dead-lettered (with its escalation) when that is null.</summary>
    public abstract Task FailedAsync(string escalationId, string notifier, string error, DateTimeOffset? retryAt, CancellationToken cancellationToken);

    /// <summary>Gives a claimed delivery back untried (the worker is stopping), due at once for the next process.</summary>
    public abstract Task ReleaseAsync(string escalationId, string notifier, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Every notifier's delivery of one escalation, by notifier name.</summary>
    public abstract Task<IReadOnlyList<EscalationDeliveryStatus>> DeliveriesAsync(string escalationId, CancellationToken cancellationToken);

    /// <summary>How many urgent escalations raised at or before <paramref name="raisedBy"/> are still pending or dead-lettered.</summary>
    public abstract Task<long> UrgentUndeliveredAsync(DateTimeOffset raisedBy, CancellationToken cancellationToken);

    /// <summary>When the oldest urgent escalation no clinician has acknowledged was raised; null when none waits.</summary>
    public abstract Task<DateTimeOffset?> OldestUrgentUnacknowledgedAsync(CancellationToken cancellationToken);
}
