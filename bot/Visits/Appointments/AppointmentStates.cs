namespace PuenteBot.Visits.Appointments;

/// <summary>The values of <c>appointments.state</c>.</summary>
public static class AppointmentStates
{
    public const string Scheduled = "scheduled";
    public const string Cancelled = "cancelled";
}
