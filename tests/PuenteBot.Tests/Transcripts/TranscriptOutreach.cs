using PuenteBot.Dialogs.Visits;

namespace PuenteBot.Tests.Transcripts;

/// <summary>
/// A planned message the outreach worker sends (a step's <c>visit:</c> or <c>followUp:</c>): begun on the family's
/// conversation as the worker begins it, outside a family turn. Times are UTC (ISO 8601); <c>language</c> is the
/// family's, as enrolment set it.
/// </summary>
public sealed class TranscriptOutreach
{
    /// <summary>reminder or missed (visit:), ignored for a follow-up.</summary>
    public string Kind { get; set; } = VisitOptions.Reminder;

    public DateTimeOffset Start { get; set; }

    /// <summary>The visit's clinician, or (followUp:) the clinician who writes.</summary>
    public string? Clinician { get; set; }

    /// <summary>in_person, video or phone.</summary>
    public string VisitKind { get; set; } = "in_person";

    /// <summary>The clinician's words (followUp:).</summary>
    public string? Text { get; set; }

    /// <summary>The case a follow-up came from (followUp:).</summary>
    public string? Escalation { get; set; }

    public string? Language { get; set; }

    public VisitOptions Visit() => new()
    {
        OutreachId = 21,
        AppointmentId = "appointment-transcript",
        Kind = Kind,
        Start = Start,
        Clinician = Clinician,
        VisitKind = VisitKind,
    };

    public FollowUpOptions FollowUp() => new()
    {
        OutreachId = 22,
        EscalationId = Escalation,
        ClinicianName = Clinician ?? string.Empty,
        Text = Text ?? string.Empty,
    };
}
