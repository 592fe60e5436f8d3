namespace PuenteBot.Escalations.Delivery;

/// <summary>
/// One notifier's delivery of one escalation (<c>escalation_deliveries</c>): its state (pending, delivered,
/// dead_letter), the tries so far, when the next is due, the last error (no family text), and its idempotency key.
/// </summary>
public sealed record EscalationDeliveryStatus(
    string Notifier,
    string State,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    string? LastError,
    DateTimeOffset? DeliveredAt,
    string IdempotencyKey);
