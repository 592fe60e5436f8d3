namespace PuenteBot.Dialogs.Notes;

/// <summary>When and how the care team should reach the caregiver.</summary>
public sealed class CallBackNote
{
    /// <summary>The caregiver's words for the time ("mañana después de las 5"); their own words again when they corrected the readback.</summary>
    public string? When { get; set; }

    /// <summary>The time as the date/time recognizer resolved it (clinic time, ISO 8601), when it could and the words named one day, not a weekly pattern.</summary>
    public string? Resolved { get; set; }

    /// <summary>True when the caregiver gave no time: any time, "no sé", or words no time could be read from.</summary>
    public bool AnyTime { get; set; }

    /// <summary>The weekdays allowed ("monday" … "sunday"); empty when any day will do.</summary>
    public List<string> Days { get; set; } = [];

    /// <summary>The weekdays left out ("not Mondays", "menos los lunes").</summary>
    public List<string> ExceptDays { get; set; } = [];

    /// <summary>The one day meant (yyyy-MM-dd), when the words named a day rather than a weekly pattern.</summary>
    public string? Date { get; set; }

    /// <summary>The earliest time of day (HH:mm, clinic time).</summary>
    public string? From { get; set; }

    /// <summary>The latest time of day (HH:mm, clinic time).</summary>
    public string? To { get; set; }

    /// <summary>call, text, video, or email; or the caregiver's words when none of those.</summary>
    public string? Way { get; set; }

    /// <summary>The language to reach them in (en or es): the one they asked for ("que hablen español"), or the conversation's.</summary>
    public string? Language { get; set; }

    /// <summary>True when the caregiver asked for that language in their own words.</summary>
    public bool LanguageAsked { get; set; }

    /// <summary>What PuenteBot read back to them ("Thursday before 10 AM, by phone, in Spanish").</summary>
    public string? ReadBack { get; set; }

    /// <summary>True when they said the readback was right; false when they corrected it (then <see cref="When"/> is their correction).</summary>
    public bool Confirmed { get; set; }

    public DateTimeOffset? At { get; set; }
}
