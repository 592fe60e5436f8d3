using System.Text.Json.Serialization;

namespace PuenteBot.Visits.Appointments;

/// <summary>
/// One visit the clinic booked for a family (an <c>appointments</c> row): when it starts (UTC), with whom, how
/// (<see cref="AppointmentKinds"/>), whether it still stands (<see cref="AppointmentStates"/>; a cancelled row stays for
/// the outcomes), whether the family came (null until the clinic marks it) and their latest answer to a reminder.
/// </summary>
public sealed record AppointmentRecord(
    string Id,
    string FamilyId,
    DateTimeOffset Start,
    string? Clinician,
    string Kind,
    string State,
    bool? Attended,
    string? Reply,
    DateTimeOffset? RepliedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    [JsonIgnore]
    public bool IsCancelled => State == AppointmentStates.Cancelled;
}
