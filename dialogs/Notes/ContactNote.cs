namespace PuenteBot.Dialogs.Notes;

/// <summary>
/// How the care team can reach the caregiver, for signed-in staff only (never in notifications unless
/// <c>Escalation:IncludeContact</c>): the name and number a family not enrolled gave when asked, with their consent.
/// </summary>
public sealed class ContactNote
{
    /// <summary>The name the caregiver gave, as written.</summary>
    public string? Name { get; set; }

    /// <summary>The call-back number, E.164 (+15551234567) when it could be read as one; otherwise null.</summary>
    public string? Phone { get; set; }

    /// <summary>The number as the caregiver wrote it (kept when it could not be normalised).</summary>
    public string? PhoneWords { get; set; }

    /// <summary>
    /// SMS: true when they said the number they text from is the best one (that number is kept with the SMS
    /// conversation, not here).
    /// </summary>
    public bool SameNumber { get; set; }

    /// <summary>When the question was asked (it is asked once per conversation).</summary>
    public DateTimeOffset? AskedAt { get; set; }

    /// <summary>When they gave it (their consent to be called on it).</summary>
    public DateTimeOffset? GivenAt { get; set; }

    /// <summary>True when they said no or skipped; the question is not asked again.</summary>
    public bool Declined { get; set; }
}
