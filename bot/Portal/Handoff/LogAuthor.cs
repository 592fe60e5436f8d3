namespace PuenteBot.Portal.Handoff;

/// <summary>
/// Who wrote a logged message: the family, PuenteBot, or a clinician, by <see cref="Name"/> when the logged words
/// say it; <see cref="Words"/> is what they wrote without the name in front.
/// </summary>
public sealed record LogAuthor(string Kind, string? Name, string? Words)
{
    public const string Family = "family";
    public const string Bot = "bot";
    public const string Clinician = "clinician";
}
