using PuenteBot.Dialogs.Visits;
using PuenteBot.Families;

namespace PuenteBot.Visits.Appointments;

/// <summary>The dialogs' <see cref="IReminderConsent"/> over <c>families.reminders</c> (an unknown family reads as not asked); the family's own answer in chat is logged, not audited (the audit log is the staff's).</summary>
public sealed class FamilyReminderConsent(IFamilyStore families, ILogger<FamilyReminderConsent> logger) : IReminderConsent
{
    public async Task<bool?> GetAsync(string familyId, CancellationToken cancellationToken) =>
        (await families.GetAsync(familyId, cancellationToken))?.Reminders;

    public async Task SetAsync(string familyId, bool wanted, CancellationToken cancellationToken)
    {
        if (await families.SetRemindersAsync(familyId, wanted, cancellationToken))
        {
            VisitsLog.Consent(logger, familyId, wanted ? "yes" : "no", "chat");
        }
    }
}
