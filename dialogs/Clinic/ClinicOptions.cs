namespace PuenteBot.Dialogs.Clinic;

/// <summary>
/// Facts about the clinic the bot may tell families (section <c>Clinic</c>). Empty means unknown: the bot then
/// says to ask the clinic, and never promises a service these facts do not confirm.
/// </summary>
public sealed class ClinicOptions
{
    public const string Section = "Clinic";

    public string Name { get; set; } = string.Empty;

    public string Phone { get; set; } = string.Empty;

    /// <summary>Opening hours as the clinic writes them ("Mon–Fri 8–6").</summary>
    public string Hours { get; set; } = string.Empty;

    public string Address { get; set; } = string.Empty;

    /// <summary>IANA or Windows time-zone id that dates and times are resolved in.</summary>
    public string TimeZone { get; set; } = "America/Chicago";

    /// <summary>"true" when the clinic offers video visits, "false" when it does not, empty when unknown.</summary>
    public string VideoVisits { get; set; } = string.Empty;

    public bool? OffersVideoVisits => bool.TryParse(VideoVisits, out var offers) ? offers : null;

    /// <summary>The clinic's time zone; UTC when the id is empty or unknown to this machine.</summary>
    public TimeZoneInfo Zone =>
        TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
