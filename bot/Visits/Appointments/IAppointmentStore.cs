namespace PuenteBot.Visits.Appointments;

/// <summary>The clinic's visits (the <c>appointments</c> table): what the API and the portal record (the family's answers to reminders are written with the outreach row, by <c>IVisitReplies</c>; the reminder planner reads visits with the family's consent through the outreach store).</summary>
public interface IAppointmentStore
{
    /// <summary>Stores a new visit; the record's id is the caller's.</summary>
    Task CreateAsync(AppointmentRecord appointment, CancellationToken cancellationToken);

    /// <summary>One visit, or null when the id is unknown.</summary>
    Task<AppointmentRecord?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Moves a scheduled visit or changes its clinician or kind; false when the id is unknown or the visit was cancelled.</summary>
    Task<bool> UpdateAsync(string id, DateTimeOffset start, string? clinician, string kind, CancellationToken cancellationToken);

    /// <summary>Cancels a scheduled visit (the row stays); false when the id is unknown or it was already cancelled.</summary>
    Task<bool> CancelAsync(string id, CancellationToken cancellationToken);

    /// <summary>Records whether the family came (a later mark replaces an earlier one); false when the id is unknown or the visit was cancelled.</summary>
    Task<bool> SetAttendanceAsync(string id, bool attended, CancellationToken cancellationToken);

    /// <summary>A family's visits, the latest start first; at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<AppointmentRecord>> ForFamilyAsync(string familyId, int limit, CancellationToken cancellationToken);

}
