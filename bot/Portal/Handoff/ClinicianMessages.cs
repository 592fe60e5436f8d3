using PuenteBot.State;

namespace PuenteBot.Portal.Handoff;

/// <summary>
/// Marks what a clinician wrote in the conversation log: their messages are outbound entries whose activity id
/// starts with <see cref="IdPrefix"/> (no change to the log's columns).
/// </summary>
public static class ClinicianMessages
{
    public const string IdPrefix = "clinician:";

    public static string NewId() => IdPrefix + Guid.NewGuid().ToString("N");

    public static bool IsFromClinician(LogEntry entry) =>
        entry.Direction == LogEntry.Outbound && entry.ActivityId?.StartsWith(IdPrefix, StringComparison.Ordinal) == true;
}
