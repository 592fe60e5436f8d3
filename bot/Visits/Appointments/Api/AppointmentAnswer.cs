namespace PuenteBot.Visits.Appointments.Api;

/// <summary>What <c>POST /api/appointments</c> answers: the new visit's id.</summary>
public sealed record AppointmentAnswer(string Id);
