namespace PuenteBot.Escalations.Delivery;

/// <summary>An escalation the worker took up, with the deliveries of it that are due now.</summary>
public sealed record ClaimedEscalation(EscalationRecord Escalation, IReadOnlyList<EscalationDeliveryStatus> Due);
