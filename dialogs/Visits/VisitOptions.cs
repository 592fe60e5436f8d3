namespace PuenteBot.Dialogs.Visits;

/// <summary>
/// How the visit conversation (<see cref="VisitDialog"/>) starts: which planned message it sends (a reminder before the
/// visit, or the kind message after a missed one) and the visit it is about. The worker that sends planned messages
/// begins it, outside a family turn, on a cleared dialog stack.
/// </summary>
public sealed class VisitOptions
{
    /// <summary>A reminder before the visit: "1 = I'll be there, 2 = I need to change it, 3 = something is in the way".</summary>
    public const string Reminder = "reminder";

    /// <summary>The day after a missed visit: "We missed you. What got in the way?".</summary>
    public const string Missed = "missed";

    /// <summary>The <c>outreach</c> row this message is.</summary>
    public long OutreachId { get; set; }

    public string AppointmentId { get; set; } = string.Empty;

    /// <summary><see cref="Reminder"/> or <see cref="Missed"/>.</summary>
    public string Kind { get; set; } = Reminder;

    /// <summary>When the visit starts (shown to the family in <c>Clinic:TimeZone</c>).</summary>
    public DateTimeOffset Start { get; set; }

    /// <summary>The clinician's name as the clinic wrote it, or null.</summary>
    public string? Clinician { get; set; }

    /// <summary><c>in_person</c>, <c>video</c> or <c>phone</c>.</summary>
    public string VisitKind { get; set; } = "in_person";
}
