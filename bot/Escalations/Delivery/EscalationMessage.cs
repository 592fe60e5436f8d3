using PuenteBot.Escalations.Summaries;

namespace PuenteBot.Escalations.Delivery;

/// <summary>What a notifier sends: the escalation, its summary, the key that makes retries idempotent, and which try this is.</summary>
public sealed record EscalationMessage(EscalationRecord Escalation, EscalationSummary Summary, string IdempotencyKey, int Attempt);
