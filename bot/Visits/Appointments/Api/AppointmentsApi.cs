using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PuenteBot.Escalations.Api;

namespace PuenteBot.Visits.Appointments.Api;

/// <summary>
/// <c>/api/appointments</c>, the clinic's systems recording visits behind the clinician keys (<see cref="ClinicianKeyFilter"/>):
/// book (<c>201 {"id"}</c>), read, change, cancel (the row stays, cancelled, for the outcomes) and mark whether the family
/// came. A field that does not fit is a 400 naming it; a change to a cancelled visit, and attendance before the visit
/// starts, a 409. Every change is audited (<see cref="AppointmentService"/>).
/// </summary>
public static class AppointmentsApi
{
    public const string Prefix = "/api/appointments";

    private const string Source = "api";

    public static IEndpointRouteBuilder MapAppointments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix).AddEndpointFilter<ClinicianKeyFilter>().DisableAntiforgery();
        group.MapPost("/", BookAsync);
        group.MapGet("/{id}", GetAsync);
        group.MapPut("/{id}", ChangeAsync);
        group.MapDelete("/{id}", CancelAsync);
        group.MapPost("/{id}/attendance", MarkAsync);
        return app;
    }

    private static async Task<Results<Created<AppointmentAnswer>, ValidationProblem>> BookAsync(
        AppointmentRequest? request, HttpContext http, AppointmentService service, CancellationToken cancellationToken)
    {
        if (Refused(request) is { } refused)
        {
            return refused;
        }

        var booked = await service.BookAsync(request!, ClinicianKeyFilter.Actor(http), Source, cancellationToken);
        if (booked.Appointment is not { } appointment)
        {
            return Field("familyId", "No enrolled family has this id (POST /api/families enrols one).");
        }

        return TypedResults.Created($"{Prefix}/{Uri.EscapeDataString(appointment.Id)}", new AppointmentAnswer(appointment.Id));
    }

    private static async Task<Results<Ok<AppointmentRecord>, NotFound>> GetAsync(string id, IAppointmentStore appointments, CancellationToken cancellationToken) =>
        await appointments.GetAsync(id, cancellationToken) is { } appointment ? TypedResults.Ok(appointment) : TypedResults.NotFound();

    private static async Task<Results<Ok<AppointmentRecord>, ValidationProblem, NotFound, Conflict<ProblemDetails>>> ChangeAsync(
        string id, AppointmentRequest? request, HttpContext http, IAppointmentStore appointments, AppointmentService service, CancellationToken cancellationToken)
    {
        if (await appointments.GetAsync(id, cancellationToken) is not { } stored)
        {
            return TypedResults.NotFound();
        }

        if (request?.FamilyId is { } familyId && familyId.Trim() != stored.FamilyId)
        {
            return Field("familyId", "A visit stays with its family: cancel it and book one for the other family.");
        }

        var change = request is null ? null : request with { FamilyId = stored.FamilyId };
        if (Refused(change) is { } refused)
        {
            return refused;
        }

        return Answer(await service.ChangeAsync(id, change!, ClinicianKeyFilter.Actor(http), Source, cancellationToken));
    }

    private static async Task<Results<NoContent, NotFound>> CancelAsync(string id, HttpContext http, AppointmentService service, CancellationToken cancellationToken) =>
        (await service.CancelAsync(id, ClinicianKeyFilter.Actor(http), Source, cancellationToken)).Result == AppointmentResult.NotFound
            ? TypedResults.NotFound()
            : TypedResults.NoContent();

    private static async Task<Results<Ok<AppointmentRecord>, ValidationProblem, NotFound, Conflict<ProblemDetails>>> MarkAsync(
        string id, AttendanceRequest? request, HttpContext http, AppointmentService service, CancellationToken cancellationToken)
    {
        if (request?.Attended is not { } attended)
        {
            return Field("attended", "Required: true when the family came, false when they did not.");
        }

        return Answer(await service.MarkAsync(id, attended, ClinicianKeyFilter.Actor(http), Source, cancellationToken));
    }

    private static Results<Ok<AppointmentRecord>, ValidationProblem, NotFound, Conflict<ProblemDetails>> Answer(AppointmentChange change) => change.Result switch
    {
        AppointmentResult.Done => TypedResults.Ok(change.Appointment!),
        AppointmentResult.NotFound => TypedResults.NotFound(),
        AppointmentResult.NotYet => Conflict("The visit has not started yet: attendance is marked once it began."),
        _ => Conflict("The visit was cancelled: book a new one instead."),
    };

    private static ValidationProblem? Refused(AppointmentRequest? request) =>
        request is null ? Field(string.Empty, "A JSON body is required.")
        : request.Problems() is { Count: > 0 } problems ? TypedResults.ValidationProblem(problems)
        : null;

    private static ValidationProblem Field(string field, string problem) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [problem] });

    private static Conflict<ProblemDetails> Conflict(string detail) =>
        TypedResults.Conflict(new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Conflict", Detail = detail });
}
