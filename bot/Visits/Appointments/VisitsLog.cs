namespace PuenteBot.Visits.Appointments;

/// <summary>The visits' log lines (EventIds 21001–21019): ids, kinds and answers only, never names or phone numbers.</summary>
internal static partial class VisitsLog
{
    [LoggerMessage(EventId = 21001, Level = LogLevel.Information, Message = "Visit {AppointmentId} booked for family {FamilyId} ({Kind}, from {Source})")]
    public static partial void Booked(ILogger logger, string appointmentId, string familyId, string kind, string source);

    [LoggerMessage(EventId = 21002, Level = LogLevel.Information, Message = "Visit {AppointmentId}: {Action} ({Detail})")]
    public static partial void Changed(ILogger logger, string appointmentId, string action, string detail);

    [LoggerMessage(EventId = 21003, Level = LogLevel.Information, Message = "Family {FamilyId} reminders consent set to {Reminders} (from {Source})")]
    public static partial void Consent(ILogger logger, string familyId, string reminders, string source);
}
