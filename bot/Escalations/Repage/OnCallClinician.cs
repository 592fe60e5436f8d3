using System.Globalization;

namespace PuenteBot.Escalations.Repage;

/// <summary>
/// One on-call clinician (<c>Clinicians:OnCall:N</c>): who is re-paged, by email, when an urgent escalation waits.
/// <see cref="Hours"/> is a clinic-time range ("08:00-17:00", or "20:00-08:00" over midnight); empty means always.
/// </summary>
public sealed class OnCallClinician
{
    public string Name { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string Phone { get; set; } = string.Empty;

    /// <summary>The families' languages they speak ("en", "es"); empty means they take any.</summary>
    public List<string> Languages { get; set; } = [];

    public string Hours { get; set; } = string.Empty;

    /// <summary>True when <see cref="Hours"/> is empty or a valid "HH:mm-HH:mm" range.</summary>
    public bool HasValidHours => Hours.Length == 0 || Range() is not null;

    /// <summary>On duty at the clinic-time of day <paramref name="time"/>.</summary>
    public bool IsOnDutyAt(TimeOnly time) => Hours.Length == 0 || (Range() is var (start, end) && (start <= end ? time >= start && time < end : time >= start || time < end));

    public bool Speaks(string? language) => Languages.Count == 0 || Languages.Contains(language ?? string.Empty, StringComparer.OrdinalIgnoreCase);

    private (TimeOnly Start, TimeOnly End)? Range()
    {
        var parts = Hours.Split('-', StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            && TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            ? (start, end)
            : null;
    }
}
