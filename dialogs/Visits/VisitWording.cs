using Microsoft.Extensions.Localization;
using PuenteBot.Dialogs.Clinic;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Dialogs.Visits;

/// <summary>
/// How a visit is told to the family, in their language and the clinic's time zone: who writes (<c>Clinic:Name</c>,
/// else PuenteBot), when ("on Thu, Dec 10 at 3:00 PM", "el jueves 10 de dic. a las 3:00 p. m."), with whom, and how
/// (in person, by video, by phone). No diagnosis, no child's name: a reminder is read on a lock screen.
/// </summary>
public sealed class VisitWording(IStringLocalizer strings, ClinicOptions clinic)
{
    /// <summary>The reminder's first line: from, when, with whom and how.</summary>
    public string Reminder(ITurnContext context, VisitOptions visit) =>
        string.IsNullOrWhiteSpace(visit.Clinician)
            ? strings.For(context, "Visit.Reminder.Team", From(), When(context, visit.Start), How(context, visit))
            : strings.For(context, "Visit.Reminder", From(), When(context, visit.Start), visit.Clinician.Trim(), How(context, visit));

    /// <summary>The kind message the day after a missed visit, naming the visit's day.</summary>
    public string Missed(ITurnContext context, VisitOptions visit) =>
        strings.For(context, "Visit.Missed", From(), Local(visit.Start));

    /// <summary>"on Thu, Dec 10 at 3:00 PM" / "el jueves 10 de dic. a las 3:00 p. m." (one o'clock: "a la 1:00 p. m.").</summary>
    public string When(ITurnContext context, DateTimeOffset start)
    {
        var local = Local(start);
        var clock = strings.For(context, local.Hour < 12 ? "Person.Readback.Clock.AM" : "Person.Readback.Clock.PM", local);
        return strings.For(context, local.Hour % 12 == 1 ? "Visit.When.One" : "Visit.When", local, clock);
    }

    private string How(ITurnContext context, VisitOptions visit) =>
        strings.For(context, "Visit.Kind." + (visit.VisitKind is "video" or "phone" ? visit.VisitKind : "in_person"));

    private string From() => clinic.Name.Length > 0 ? clinic.Name : "PuenteBot";

    private DateTime Local(DateTimeOffset start) => TimeZoneInfo.ConvertTime(start, clinic.Zone).DateTime;
}
