using Microsoft.Extensions.Options;
using PuenteBot.Dialogs.Clinic;

namespace PuenteBot.Visits.Outreach;

/// <summary>
/// The rules a planned message meets before it goes, in order: a cancelled visit cancels it; an opted-out family, a
/// family who did not say yes to reminders (automated messages only) or one no channel reaches skips it; a reminder
/// whose visit started is skipped <c>past</c>; a crisis episode or live handoff holds it for <c>Reminders:HoldFor</c>;
/// quiet hours defer it to their end (a reminder that would then land after the visit starts is skipped <c>past</c>);
/// the daily and weekly caps skip an automated message (a clinician's follow-up is a person writing: no caps). Pure:
/// the time is given, the facts are read by the caller.
/// </summary>
public sealed class OutreachRules(IOptions<RemindersOptions> options, IOptions<ClinicOptions> clinic)
{
    /// <summary>How long after its visit a missed-visit message may still go.</summary>
    public static readonly TimeSpan MissedWindow = TimeSpan.FromDays(7);

    private RemindersOptions Settings => options.Value;

    private TimeZoneInfo Zone => clinic.Value.Zone;

    /// <summary>Since when today's automated messages count against <c>MaxPerDay</c> (clinic-local midnight).</summary>
    public DateTimeOffset DayStart(DateTimeOffset now) => ClinicTime.StartOfDay(now, Zone);

    /// <summary>Since when the week's automated messages count against <c>MaxPerWeek</c> (rolling 7 days).</summary>
    public static DateTimeOffset WeekStart(DateTimeOffset now) => now - TimeSpan.FromDays(7);

    public OutreachDecision Decide(OutreachRecord row, OutreachFacts facts, DateTimeOffset now)
    {
        var automated = OutreachKinds.IsAutomated(row.Kind);
        var visit = facts.Visit;
        if (automated && (visit is null || visit.IsCancelled || (row.Kind == OutreachKinds.Missed && visit.Attended != false)))
        {
            return OutreachDecision.Cancelled;
        }

        if (facts.OptedOut)
        {
            return OutreachDecision.Skipped(OutreachReasons.OptedOut);
        }

        if (automated && visit!.RemindersWanted != true)
        {
            return OutreachDecision.Skipped(OutreachReasons.NoConsent);
        }

        if (!facts.Reachable)
        {
            return OutreachDecision.Skipped(OutreachReasons.Unreachable);
        }

        if (TooLate(row, visit, now))
        {
            return OutreachDecision.Skipped(OutreachReasons.Past);
        }

        if (row.Kind == OutreachKinds.Reminder && OutreachKinds.OffsetOf(row.PlanKey) is { } offset && visit!.StartsAt - offset > now)
        {
            return OutreachDecision.Moved(visit.StartsAt - offset); // the visit moved later since the row was planned
        }

        if (facts.CrisisOpen || facts.InHandoff)
        {
            return Hold(row, visit, now, facts.InHandoff ? OutreachReasons.Handoff : OutreachReasons.Crisis);
        }

        if (Settings.Quiet?.EndOf(now, Zone) is { } end)
        {
            return TooLate(row, visit, end) ? OutreachDecision.Skipped(OutreachReasons.Past) : OutreachDecision.Deferred(end, OutreachReasons.QuietHours);
        }

        if (automated && facts.SentToday >= Settings.MaxPerDay)
        {
            return OutreachDecision.Skipped(OutreachReasons.CapDay);
        }

        if (automated && facts.SentThisWeek >= Settings.MaxPerWeek)
        {
            return OutreachDecision.Skipped(OutreachReasons.CapWeek);
        }

        return OutreachDecision.Send;
    }

    /// <summary>A row held back by a crisis episode or a live handoff: due again after <c>HoldFor</c>, or skipped <c>past</c> when that is too late for its visit.</summary>
    public OutreachDecision Hold(OutreachRecord row, OutreachVisit? visit, DateTimeOffset now, string reason)
    {
        var again = now + Settings.HoldFor;
        return TooLate(row, visit, again) ? OutreachDecision.Skipped(OutreachReasons.Past) : OutreachDecision.Deferred(again, reason);
    }

    /// <summary>A reminder once its visit started; a missed-visit message a week after the visit.</summary>
    private static bool TooLate(OutreachRecord row, OutreachVisit? visit, DateTimeOffset at) => row.Kind switch
    {
        OutreachKinds.Reminder => visit is not null && at >= visit.StartsAt,
        OutreachKinds.Missed => visit is not null && at >= visit.StartsAt + MissedWindow,
        _ => false,
    };
}
