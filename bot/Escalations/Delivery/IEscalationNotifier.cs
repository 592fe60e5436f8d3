namespace PuenteBot.Escalations.Delivery;

/// <summary>One way of telling the care team (webhook, Teams, email). A send that returns delivered; one that throws is retried.</summary>
public interface IEscalationNotifier
{
    /// <summary>The notifier's name in <c>escalation_deliveries.notifier</c> and in idempotency keys.</summary>
    string Name { get; }

    /// <summary>False when its settings are empty: the worker skips it.</summary>
    bool IsConfigured { get; }

    Task SendAsync(EscalationMessage message, CancellationToken cancellationToken);
}
