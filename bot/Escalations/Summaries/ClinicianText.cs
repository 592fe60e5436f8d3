using System.Globalization;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Escalations.Summaries;

/// <summary>Summary labels (Escalation.* UI strings) in the clinicians' language, and times in the clinic's time zone.</summary>
public sealed class ClinicianText(IStringLocalizer<Strings> strings, string language, TimeZoneInfo zone)
{
    public string Language => language;

    /// <summary>The clinic's time zone, that times are shown in.</summary>
    public TimeZoneInfo Zone => zone;

    public string Get(string key, params object[] arguments) => strings.For(language, key, arguments);

    /// <summary>The string <paramref name="key"/>, or <paramref name="fallback"/> when the content has none (a label added later).</summary>
    public string GetOr(string key, string fallback)
    {
        try
        {
            return strings.For(language, key);
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException)
        {
            return fallback;
        }
    }

    /// <summary>The string <paramref name="key"/> with its arguments, or null when the content has none (an optional, more specific wording).</summary>
    public string? Find(string key, params object[] arguments)
    {
        try
        {
            return strings.For(language, key, arguments);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>An escalation's or risk's reason (suicide, talk_to_clinician, …) as the clinician reads it.</summary>
    public string Reason(string reason) => GetOr("Escalation.Reason." + reason, reason);

    public string YesNo(bool value) => Get(value ? "Escalation.Yes" : "Escalation.No");

    public string Time(DateTimeOffset value) => Get("Escalation.Time", Local(value, "yyyy-MM-dd HH:mm"), zone.Id);

    /// <summary>A moment in words, in the clinic's zone and relative to <paramref name="now"/>: "today at 3:40 pm", "mañana a las 5 p. m.".</summary>
    public string When(DateTimeOffset value, DateTimeOffset now) => new TimeWords(this).At(value, now);

    /// <summary>A time of day in the clinic's zone (the zone is named once, in the Received line).</summary>
    public string Local(DateTimeOffset value, string format = "HH:mm") =>
        TimeZoneInfo.ConvertTime(value, zone).ToString(format, CultureInfo.InvariantCulture);
}
