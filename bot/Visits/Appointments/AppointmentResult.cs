namespace PuenteBot.Visits.Appointments;

/// <summary>How a change to a visit ended: done, or why not (the API answers 404, 400 or 409; the portal says so).</summary>
public enum AppointmentResult
{
    Done,
    NotFound,
    UnknownFamily,
    Cancelled,
    NotYet,
}
