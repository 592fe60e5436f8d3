namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// A caregiver asking for the other language: "español", "en español por favor", "english please",
/// "can we talk in english". Short requests only, so a sentence that merely mentions a language is not one.
/// </summary>
public sealed class LanguageSwitchRecognizer
{
    private const int MaxWords = 7;

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["espanol"] = Languages.Spanish,
        ["spanish"] = Languages.Spanish,
        ["castellano"] = Languages.Spanish,
        ["english"] = Languages.English,
        ["ingles"] = Languages.English,
    };

    private static readonly HashSet<string> Fillers =
    [
        "en", "in", "please", "pls", "plz", "por", "favor", "porfa", "porfavor", "can", "we", "talk", "speak",
        "puede", "podemos", "hablar", "hablemos", "habla", "usted", "do", "you", "i", "want", "quiero", "prefiero",
        "prefer", "me", "gustaria", "mejor", "better", "switch", "to", "cambiar", "a", "al", "el", "in", "ok",
    ];

    /// <summary>The language asked for, or null when the message is not a request to switch.</summary>
    public string? Recognize(string? text)
    {
        var words = TextNormalizer.Fold(text)
            .Split([' ', ',', '.', '!', '?', '¿', '¡'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxWords)
        {
            return null;
        }

        string? asked = null;
        foreach (var word in words)
        {
            if (Names.TryGetValue(word, out var language))
            {
                if (asked is not null && asked != language)
                {
                    return null;
                }

                asked = language;
            }
            else if (!Fillers.Contains(word))
            {
                return null;
            }
        }

        return asked;
    }
}
