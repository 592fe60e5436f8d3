namespace PuenteBot.Visits.Appointments;

/// <summary>The result of a change to a visit and the visit as it now reads (null when it was not found).</summary>
public sealed record AppointmentChange(AppointmentResult Result, AppointmentRecord? Appointment);
