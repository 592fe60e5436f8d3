using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.TalkToPerson;

/// <summary>What the caregiver said about being reached: the time in their words and its limits, the way, the language.</summary>
/// <param name="Words">Their words for the time.</param>
/// <param name="AnyTime">True when they gave no time.</param>
/// <param name="Window">The limits read from their words.</param>
/// <param name="Way">call, text, video, email, or their own words.</param>
/// <param name="Language">en or es.</param>
/// <param name="LanguageAsked">True when they asked for that language in their own words.</param>
public sealed record CallBackRequest(string? Words, bool AnyTime, DateTimeWindow Window, string? Way, string Language, bool LanguageAsked);
