using System.Globalization;
using System.Text.RegularExpressions;

namespace PuenteBot.Visits.Appointments;

/// <summary>
/// A visit as the clinic records or changes it (<c>POST</c>/<c>PUT /api/appointments</c> and the portal's visit form):
/// the family, the start as ISO 8601 with its UTC offset (a time without one is refused: it could be any zone), the
/// clinician, and the kind (<see cref="AppointmentKinds"/>).
/// </summary>
public sealed partial record AppointmentRequest(string? FamilyId, string? Start, string? Clinician, string? Kind)
{
    public const int MaxLength = 100;

    /// <summary>The start, once <see cref="ProblemCodes"/> found none for it.</summary>
    public DateTimeOffset StartsAt => ParseStart(Start) ?? throw new InvalidOperationException("The visit has no valid start.");

    /// <summary>What is wrong, by field (the JSON names): <c>required</c>, <c>length</c>, <c>start</c> or <c>kind</c>; empty when it can be stored.</summary>
    public Dictionary<string, string> ProblemCodes()
    {
        var problems = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(FamilyId))
        {
            problems["familyId"] = "required";
        }

        if (string.IsNullOrWhiteSpace(Start))
        {
            problems["start"] = "required";
        }
        else if (ParseStart(Start) is null)
        {
            problems["start"] = "start";
        }

        if (Clinician is { } clinician && (clinician.Trim().Length > MaxLength || clinician.Any(char.IsControl)))
        {
            problems["clinician"] = "length";
        }

        if (!AppointmentKinds.All.Contains(Kind?.Trim()))
        {
            problems["kind"] = "kind";
        }

        return problems;
    }

    /// <summary>The problems in plain English for the clinic's systems (the API's validation answer).</summary>
    public Dictionary<string, string[]> Problems() => ProblemCodes().ToDictionary(p => p.Key, p => new[]
    {
        p.Value switch
        {
            "required" => "Required.",
            "start" => "Must be an ISO 8601 date and time with its UTC offset, like 2026-12-10T15:30:00-06:00 or 2026-12-10T21:30:00Z.",
            "length" => $"At most {MaxLength} characters, on one line.",
            _ => $"Must be one of {string.Join(", ", AppointmentKinds.All.Select(k => $"\"{k}\""))}.",
        },
    });

    /// <summary>The new visit this request makes (call once <see cref="ProblemCodes"/> is empty).</summary>
    public AppointmentRecord ToRecord(string id, DateTimeOffset now) =>
        new(id, FamilyId!.Trim(), StartsAt.ToUniversalTime(), CleanClinician, Kind!.Trim(), AppointmentStates.Scheduled, null, null, null, now, now);

    /// <summary>The clinician, trimmed; null when none was given.</summary>
    public string? CleanClinician => string.IsNullOrWhiteSpace(Clinician) ? null : Clinician.Trim();

    /// <summary>
    /// A date (<c>yyyy-MM-dd</c>) and time of day (<c>HH:mm</c>) read in the clinic's zone, as the ISO 8601 start with
    /// that moment's offset; null when either is not a date or time, or the clock skips that time (a daylight-saving gap).
    /// </summary>
    public static string? ClinicTime(string? date, string? time, TimeZoneInfo zone)
    {
        if (!DateOnly.TryParseExact(date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || !TimeOnly.TryParseExact(time?.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
        {
            return null;
        }

        var local = day.ToDateTime(clock, DateTimeKind.Unspecified);
        return zone.IsInvalidTime(local) ? null : new DateTimeOffset(local, zone.GetUtcOffset(local)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    private static DateTimeOffset? ParseStart(string? start) =>
        start?.Trim() is { } text && WithOffset().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : null;

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex WithOffset();
}
