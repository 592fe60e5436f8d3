namespace PuenteBot.Visits.Appointments.Api;

/// <summary>The body of <c>POST /api/appointments/{id}/attendance</c>: whether the family came.</summary>
public sealed record AttendanceRequest(bool? Attended);
