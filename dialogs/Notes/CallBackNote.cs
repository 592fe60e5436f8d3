namespace PuenteBot.Dialogs.Notes;

/// <summary>When and how the care team should reach the caregiver.</summary>
public sealed class CallBackNote
{
    /// <summary>The caregiver's words for the time ("mañana después de las 5").</summary>
    public string? When { get; set; }

    /// <summary>The time as the date/time recognizer resolved it (clinic time, ISO 8601), when it could.</summary>
    public string? Resolved { get; set; }

    /// <summary>True when the caregiver gave no time: any time, "no sé", or words no time could be read from.</summary>
    public bool AnyTime { get; set; }

    /// <summary>call, text, video, or email; or the caregiver's words when none of those.</summary>
    public string? Way { get; set; }

    public DateTimeOffset? At { get; set; }
}
