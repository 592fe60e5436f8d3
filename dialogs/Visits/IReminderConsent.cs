namespace PuenteBot.Dialogs.Visits;

/// <summary>
/// The family's answer to reminders (<c>families.reminders</c>), asked at enrolment or given in chat: true yes, false
/// no, null not asked. Reminders go only to families who said yes.
/// </summary>
public interface IReminderConsent
{
    Task<bool?> GetAsync(string familyId, CancellationToken cancellationToken);

    Task SetAsync(string familyId, bool wanted, CancellationToken cancellationToken);
}
