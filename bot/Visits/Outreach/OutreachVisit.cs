namespace PuenteBot.Visits.Outreach;

/// <summary>
/// An appointment as outreach sees it (read from <c>appointments</c> with the family's answer to reminders): when it
/// starts, whether it is still scheduled, whether the clinic marked it attended, and whether the family wants reminders.
/// </summary>
public sealed record OutreachVisit(
    string AppointmentId,
    string FamilyId,
    DateTimeOffset StartsAt,
    string? Clinician,
    string VisitKind,
    string State,
    bool? Attended,
    bool? RemindersWanted)
{
    public bool IsCancelled => State == "cancelled";
}
