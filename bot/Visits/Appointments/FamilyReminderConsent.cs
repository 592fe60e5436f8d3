using PuenteBot.Dialogs.Visits;
using PuenteBot.Families;

namespace PuenteBot.Visits.Appointments;

/// <summary>The dialogs' <see cref="IReminderConsent"/> over <c>families.reminders</c> (an unknown family reads as not asked).</summary>
public sealed class FamilyReminderConsent(IFamilyStore families) : IReminderConsent
{
    public async Task<bool?> GetAsync(string familyId, CancellationToken cancellationToken) =>
        (await families.GetAsync(familyId, cancellationToken))?.Reminders;

    public Task SetAsync(string familyId, bool wanted, CancellationToken cancellationToken) =>
        families.SetRemindersAsync(familyId, wanted, cancellationToken);
}
