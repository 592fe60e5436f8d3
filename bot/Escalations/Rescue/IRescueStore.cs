using PuenteBot.Dialogs.Escalation;

namespace PuenteBot.Escalations.Rescue;

/// <summary>
/// What the rescue needs of the database (one implementation per <c>Storage:Provider</c>): escalations written
/// outside a turn's save, each write bounded by a wait and failing with a database error or
/// <see cref="TimeoutException"/> (see <see cref="DatabaseFailure"/>), and where the spool lives by default.
/// </summary>
public interface IRescueStore
{
    /// <summary>The spool's folder when <c>Escalation:Spool:Folder</c> is empty.</summary>
    string DefaultSpoolFolder { get; }

    /// <summary>Writes the escalations in one transaction of their own; those already stored are left as they are.</summary>
    Task WriteAloneAsync(string conversationId, IReadOnlyList<EscalationRequest> escalations, DateTimeOffset createdAt, TimeSpan wait, CancellationToken cancellationToken);

    /// <summary>
    /// Writes a spooled escalation in one transaction; true when it is new. A new one's deliveries by the notifiers
    /// that already reached the team are recorded as delivered, and the escalation too when
    /// <paramref name="deliveredByEveryNotifier"/>.
    /// </summary>
    Task<bool> ImportAsync(SpooledEscalation escalation, bool deliveredByEveryNotifier, DateTimeOffset now, TimeSpan wait, CancellationToken cancellationToken);
}
