namespace PuenteBot.Escalations.Delivery;

/// <summary>
/// Which notifiers delivered an escalation and which gave up (dead letters): a dead-lettered escalation may still
/// have reached the care team by another notifier, and its text must say so rather than "no one was notified".
/// </summary>
public sealed record DeliveryOutcome(IReadOnlyList<string> DeliveredBy, IReadOnlyList<string> GaveUp)
{
    public static DeliveryOutcome From(IReadOnlyList<EscalationDeliveryStatus> deliveries) => new(
        [.. deliveries.Where(d => d.State == EscalationStates.Delivered).Select(d => d.Notifier)],
        [.. deliveries.Where(d => d.State == EscalationStates.DeadLetter).Select(d => d.Notifier)]);
}
