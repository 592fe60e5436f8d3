using PuenteBot.Dialogs.Visits;

namespace PuenteBot.Visits.Outreach;

/// <summary>
/// The <c>outreach</c> table (the plan of messages to families) and what planning reads of <c>appointments</c>, on
/// <c>Storage:Provider</c>'s database. A row is claimed under a lease before it is tried, so two instances never try
/// the same row at once; every end (sent, skipped, cancelled) and every deferral applies only to a pending row. The
/// family's answers to a planned message are recorded here too (<see cref="IVisitReplies"/>).
/// </summary>
public interface IOutreachStore : IVisitReplies
{
    /// <summary>Plans a message; the new row's id, or null when its plan key was planned already (then nothing changes).</summary>
    Task<long?> PlanAsync(OutreachPlan plan, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Moves a pending row's due time (its visit moved) and clears its last deferral reason; false when it is not pending.</summary>
    Task<bool> MoveAsync(long id, DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>Cancels every pending row of an appointment (reason <c>cancelled</c>); how many.</summary>
    Task<int> CancelAppointmentAsync(string appointmentId, CancellationToken cancellationToken);

    /// <summary>The pending row due first (due at or before <paramref name="now"/>, not under another's lease), now leased to the caller until <c>now + lease</c>.</summary>
    Task<OutreachRecord?> ClaimNextAsync(DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Ends a pending row sent on a conversation; false when it was no longer pending.</summary>
    Task<bool> SentAsync(long id, string conversationId, string? channel, string? language, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Ends a pending row <see cref="OutreachStates.Skipped"/> or <see cref="OutreachStates.Cancelled"/> with the reason; false when it was no longer pending.</summary>
    Task<bool> EndAsync(long id, string state, string reason, CancellationToken cancellationToken);

    /// <summary>Leaves a row pending, due again at <paramref name="dueAt"/>, with the reason it waits; its lease ends.</summary>
    Task<bool> DeferAsync(long id, DateTimeOffset dueAt, string reason, CancellationToken cancellationToken);

    /// <summary>How many automated messages (reminders, missed-visit) a family was sent since <paramref name="since"/>.</summary>
    Task<int> SentCountAsync(string familyId, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Scheduled appointments starting in (<paramref name="after"/>, <paramref name="until"/>] of families who said yes to reminders.</summary>
    Task<IReadOnlyList<OutreachVisit>> UpcomingAsync(DateTimeOffset after, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Appointments the clinic marked not attended that started in (<paramref name="after"/>, <paramref name="until"/>], of families who said yes to reminders.</summary>
    Task<IReadOnlyList<OutreachVisit>> MissedAsync(DateTimeOffset after, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>The plan keys of every row (any state) about an appointment starting in (<paramref name="after"/>, <paramref name="until"/>]: what planning need not plan again.</summary>
    Task<IReadOnlySet<string>> PlannedKeysAsync(DateTimeOffset after, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Every pending row about an appointment, with the appointment as it is now.</summary>
    Task<IReadOnlyList<PendingVisitMessage>> PendingVisitMessagesAsync(CancellationToken cancellationToken);

    /// <summary>One appointment, or null.</summary>
    Task<OutreachVisit?> VisitAsync(string appointmentId, CancellationToken cancellationToken);

    /// <summary>One row, or null.</summary>
    Task<OutreachRecord?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>Every row planned for a family, oldest first.</summary>
    Task<IReadOnlyList<OutreachRecord>> ForFamilyAsync(string familyId, CancellationToken cancellationToken);

    /// <summary>The clinicians' follow-ups written from a case, newest first.</summary>
    Task<IReadOnlyList<OutreachRecord>> FollowUpsAsync(string escalationId, CancellationToken cancellationToken);
}
