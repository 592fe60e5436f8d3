namespace PuenteBot.Families;

/// <summary>
/// A family the clinic enrolled: the child and record number that link to the chart, the caregiver and how to reach
/// them, and the assigned clinician. The phone and names are staff-only: never in logs or notifications by default.
/// <see cref="Reminders"/> is the family's answer to reminders before visits (<c>families.reminders</c>).
/// </summary>
public sealed record FamilyRecord(
    string Id,
    string Mrn,
    string ChildFirstName,
    string CaregiverName,
    string? Phone,
    string Language,
    string Channel,
    string? Clinician,
    DateTimeOffset CreatedAt)
{
    /// <summary>Whether the family wants reminders before visits: true yes, false no, null not asked (no reminders).</summary>
    public bool? Reminders { get; init; }
}
