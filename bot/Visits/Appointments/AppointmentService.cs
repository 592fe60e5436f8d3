using System.Security.Cryptography;
using PuenteBot.Audit;
using PuenteBot.Escalations.Cases;
using PuenteBot.Families;

namespace PuenteBot.Visits.Appointments;

/// <summary>
/// The changes staff make to a family's visits and reminder consent, for the API and the portal alike: each checks
/// what the change may start from (a cancelled visit is not moved or marked; a visit is marked only once it began),
/// and each change is audited with ids only (<c>detail</c>: where it came from and the visit's id).
/// </summary>
public sealed class AppointmentService(IAppointmentStore appointments, IFamilyStore families, CaseService audit, TimeProvider clock, ILogger<AppointmentService> logger)
{
    /// <summary>Books a visit from a request without problems (<see cref="AppointmentRequest.ProblemCodes"/>).</summary>
    public async Task<AppointmentChange> BookAsync(AppointmentRequest request, string actor, string source, CancellationToken cancellationToken)
    {
        if (await families.GetAsync(request.FamilyId!.Trim(), cancellationToken) is null)
        {
            return new AppointmentChange(AppointmentResult.UnknownFamily, null);
        }

        var appointment = request.ToRecord(NewId(), clock.GetUtcNow());
        await appointments.CreateAsync(appointment, cancellationToken);
        await AuditAsync(actor, AuditActions.VisitBook, appointment, source, cancellationToken);
        VisitsLog.Booked(logger, appointment.Id, appointment.FamilyId, appointment.Kind, source);
        return new AppointmentChange(AppointmentResult.Done, appointment);
    }

    /// <summary>Moves a visit or changes its clinician or kind (the request's family is the visit's own).</summary>
    public Task<AppointmentChange> ChangeAsync(string id, AppointmentRequest request, string actor, string source, CancellationToken cancellationToken) =>
        ApplyAsync(id, _ => null, token => appointments.UpdateAsync(id, request.StartsAt.ToUniversalTime(), request.CleanClinician, request.Kind!.Trim(), token), AuditActions.VisitChange, source, actor, cancellationToken);

    public Task<AppointmentChange> CancelAsync(string id, string actor, string source, CancellationToken cancellationToken) =>
        ApplyAsync(id, _ => null, token => appointments.CancelAsync(id, token), AuditActions.VisitCancel, source, actor, cancellationToken);

    /// <summary>Marks whether the family came; refused (<see cref="AppointmentResult.NotYet"/>) before the visit starts.</summary>
    public Task<AppointmentChange> MarkAsync(string id, bool attended, string actor, string source, CancellationToken cancellationToken) =>
        ApplyAsync(
            id,
            found => found.Start > clock.GetUtcNow() ? AppointmentResult.NotYet : null,
            token => appointments.SetAttendanceAsync(id, attended, token),
            AuditActions.Attendance,
            $"{source} {(attended ? "came" : "no_show")}",
            actor,
            cancellationToken);

    /// <summary>Records the family's answer to reminders as staff heard it; false when the family is unknown.</summary>
    public async Task<bool> SetRemindersAsync(string familyId, bool? reminders, string actor, string source, CancellationToken cancellationToken)
    {
        if (!await families.SetRemindersAsync(familyId, reminders, cancellationToken))
        {
            return false;
        }

        var answer = reminders switch { true => "yes", false => "no", null => "not_asked" };
        await audit.AuditAsync(actor, AuditActions.RemindersConsent, null, $"{source} {answer}", cancellationToken, familyId);
        VisitsLog.Consent(logger, familyId, answer, source);
        return true;
    }

    private async Task<AppointmentChange> ApplyAsync(
        string id, Func<AppointmentRecord, AppointmentResult?> refuse, Func<CancellationToken, Task<bool>> change, string action, string detail, string actor, CancellationToken cancellationToken)
    {
        if (await appointments.GetAsync(id, cancellationToken) is not { } found)
        {
            return new AppointmentChange(AppointmentResult.NotFound, null);
        }

        if (found.IsCancelled)
        {
            return new AppointmentChange(AppointmentResult.Cancelled, found);
        }

        if (refuse(found) is { } refused)
        {
            return new AppointmentChange(refused, found);
        }

        if (!await change(cancellationToken))
        {
            return new AppointmentChange(AppointmentResult.Cancelled, await appointments.GetAsync(id, cancellationToken));
        }

        var changed = await appointments.GetAsync(id, cancellationToken) ?? found;
        await AuditAsync(actor, action, changed, detail, cancellationToken);
        VisitsLog.Changed(logger, changed.Id, action, detail);
        return new AppointmentChange(AppointmentResult.Done, changed);
    }

    private Task AuditAsync(string actor, string action, AppointmentRecord appointment, string source, CancellationToken cancellationToken) =>
        audit.AuditAsync(actor, action, null, $"{source} {appointment.Id}", cancellationToken, appointment.FamilyId);

    private static string NewId() => "apt-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
}
