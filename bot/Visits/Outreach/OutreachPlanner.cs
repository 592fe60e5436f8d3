using Microsoft.Extensions.Options;
using PuenteBot.Dialogs.Clinic;

namespace PuenteBot.Visits.Outreach;

/// <summary>
/// Plans the automated messages from the appointments, each worker pass (planning twice plans once: the plan key is
/// unique, and the keys already planned are read first, so a pass writes only what is new). For families who said
/// yes to reminders: a reminder per <c>Reminders:Offsets</c> for each scheduled visit in the next longest offset plus
/// a day, due that long before it starts — unless half the offset or more has passed since then (a visit booked a day
/// ahead gets the 2-hour reminder, not a late 2-day one); one missed-visit message for a visit the clinic marked not
/// attended in the last 7 days, due at <c>Reminders:MissedVisitAt</c> the next clinic day (or the next such time, when
/// the clinic marked it later). Pending rows follow their visit: a moved visit moves them (a row deferred by a rule
/// only ever later), a cancelled one cancels them, a visit marked attended after all cancels its missed-visit
/// message. The planner reads <c>appointments</c> itself, through <see cref="IOutreachStore"/>.
/// </summary>
public sealed class OutreachPlanner(IOutreachStore store, IOptions<RemindersOptions> options, IOptions<ClinicOptions> clinic, TimeProvider clock, ILogger<OutreachPlanner> logger)
{
    /// <summary>How far past the longest offset the planner looks for visits.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromDays(1);

    /// <summary>One pass; how many rows it planned.</summary>
    public async Task<int> PlanAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await FollowVisitsAsync(now, cancellationToken);
        var planned = 0;
        var settings = options.Value;
        var until = now + settings.LongestOffset + Margin;
        var known = await store.PlannedKeysAsync(now - OutreachRules.MissedWindow, until, cancellationToken);
        foreach (var visit in await store.UpcomingAsync(now, until, cancellationToken))
        {
            foreach (var offset in settings.Offsets)
            {
                var key = OutreachKinds.ReminderKey(visit.AppointmentId, offset);
                var due = visit.StartsAt - offset;
                if (!known.Contains(key)
                    && !Late(due, offset, now)
                    && await store.PlanAsync(new OutreachPlan(key, OutreachKinds.Reminder, visit.FamilyId, due, visit.AppointmentId), now, cancellationToken) is { } id)
                {
                    OutreachLog.Planned(logger, id, OutreachKinds.Reminder, visit.AppointmentId, due);
                    planned++;
                }
            }
        }

        foreach (var visit in await store.MissedAsync(now - OutreachRules.MissedWindow, now, cancellationToken))
        {
            var key = OutreachKinds.MissedKey(visit.AppointmentId);
            var due = MissedDue(visit.StartsAt, now);
            if (!known.Contains(key) && await store.PlanAsync(new OutreachPlan(key, OutreachKinds.Missed, visit.FamilyId, due, visit.AppointmentId), now, cancellationToken) is { } id)
            {
                OutreachLog.Planned(logger, id, OutreachKinds.Missed, visit.AppointmentId, due);
                planned++;
            }
        }

        return planned;
    }

    /// <summary><c>MissedVisitAt</c> on the clinic day after the visit, or, when that passed, the next <c>MissedVisitAt</c> from now.</summary>
    public DateTimeOffset MissedDue(DateTimeOffset start, DateTimeOffset now)
    {
        var zone = clinic.Value.Zone;
        var at = options.Value.MissedVisitAt;
        var due = ClinicTime.At(ClinicTime.Day(start, zone).AddDays(1), at, zone);
        if (due >= now)
        {
            return due;
        }

        var today = ClinicTime.At(ClinicTime.Day(now, zone), at, zone);
        return today >= now ? today : ClinicTime.At(ClinicTime.Day(now, zone).AddDays(1), at, zone);
    }

    /// <summary>A reminder due half its offset ago or more comes too late to be worth sending.</summary>
    private static bool Late(DateTimeOffset due, TimeSpan offset, DateTimeOffset now) => now - due >= offset / 2;

    private async Task FollowVisitsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var (row, visit) in await store.PendingVisitMessagesAsync(cancellationToken))
        {
            if (visit.IsCancelled || (row.Kind == OutreachKinds.Missed && visit.Attended != false))
            {
                if (await store.EndAsync(row.Id, OutreachStates.Cancelled, OutreachReasons.Cancelled, cancellationToken))
                {
                    OutreachLog.Ended(logger, row.Id, row.Kind, OutreachStates.Cancelled, OutreachReasons.Cancelled);
                }

                continue;
            }

            if (OutreachKinds.OffsetOf(row.PlanKey) is not { } offset)
            {
                continue;
            }

            var due = visit.StartsAt - offset;
            if (due == row.DueAt || (row.Reason is not null && due < row.DueAt))
            {
                continue;
            }

            if (Late(due, offset, now))
            {
                if (await store.EndAsync(row.Id, OutreachStates.Skipped, OutreachReasons.Past, cancellationToken))
                {
                    OutreachLog.Ended(logger, row.Id, row.Kind, OutreachStates.Skipped, OutreachReasons.Past);
                }
            }
            else if (await store.MoveAsync(row.Id, due, cancellationToken))
            {
                OutreachLog.Moved(logger, row.Id, visit.AppointmentId, due);
            }
        }
    }
}
