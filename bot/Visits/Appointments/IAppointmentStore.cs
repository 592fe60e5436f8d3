namespace PuenteBot.Visits.Appointments;

/// <summary>The clinic's visits (the <c>appointments</c> table): what the API and the portal record, and what the reminder planner reads.</summary>
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

    /// <summary>Records the family's answer to a reminder (<c>confirmed</c>, <c>change</c>, <c>barrier</c>); false when the id is unknown.</summary>
    Task<bool> SetReplyAsync(string id, string reply, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>A family's visits, the latest start first; at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<AppointmentRecord>> ForFamilyAsync(string familyId, int limit, CancellationToken cancellationToken);

    /// <summary>The scheduled visits starting in [<paramref name="from"/>, <paramref name="to"/>), soonest first (what reminders are planned for).</summary>
    Task<IReadOnlyList<AppointmentRecord>> ScheduledBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>The scheduled visits the clinic marked not attended that started in [<paramref name="from"/>, <paramref name="to"/>), soonest first (the missed-visit message).</summary>
    Task<IReadOnlyList<AppointmentRecord>> MissedBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
