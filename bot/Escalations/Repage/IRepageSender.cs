namespace PuenteBot.Escalations.Repage;

/// <summary>Sends a re-page of one escalation to the on-call clinicians chosen for it.</summary>
public interface IRepageSender
{
    Task SendAsync(EscalationRecord escalation, IReadOnlyList<OnCallClinician> recipients, CancellationToken cancellationToken);
}
