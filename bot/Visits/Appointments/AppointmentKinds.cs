namespace PuenteBot.Visits.Appointments;

/// <summary>The values of <c>appointments.kind</c>: how the family meets the clinician.</summary>
public static class AppointmentKinds
{
    public const string InPerson = "in_person";
    public const string Video = "video";
    public const string Phone = "phone";

    public static IReadOnlyList<string> All { get; } = [InPerson, Video, Phone];
}
