using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Turns.Middleware;

public enum OptOutKeyword
{
    None,
    OptOut,
    OptIn,
}

/// <summary>
/// The carrier opt-out and opt-in words, English and Spanish. They count only as the whole message, any case,
/// with or without accents, so "no puedo parar de llorar" is a conversation, not an opt-out.
/// </summary>
public static class OptOutKeywords
{
    private static readonly Dictionary<string, (OptOutKeyword Kind, string Language)> Words = new(StringComparer.Ordinal)
    {
        ["stop"] = (OptOutKeyword.OptOut, Languages.English),
        ["stopall"] = (OptOutKeyword.OptOut, Languages.English),
        ["unsubscribe"] = (OptOutKeyword.OptOut, Languages.English),
        ["cancel"] = (OptOutKeyword.OptOut, Languages.English),
        ["end"] = (OptOutKeyword.OptOut, Languages.English),
        ["quit"] = (OptOutKeyword.OptOut, Languages.English),
        ["parar"] = (OptOutKeyword.OptOut, Languages.Spanish),
        ["baja"] = (OptOutKeyword.OptOut, Languages.Spanish),
        ["cancelar"] = (OptOutKeyword.OptOut, Languages.Spanish),
        ["start"] = (OptOutKeyword.OptIn, Languages.English),
        ["unstop"] = (OptOutKeyword.OptIn, Languages.English),
        ["yes"] = (OptOutKeyword.OptIn, Languages.English),
        ["alta"] = (OptOutKeyword.OptIn, Languages.Spanish),
        ["iniciar"] = (OptOutKeyword.OptIn, Languages.Spanish),
        ["comenzar"] = (OptOutKeyword.OptIn, Languages.Spanish),
    };

    public static OptOutKeyword Match(string? text) =>
        Words.TryGetValue(Key(text), out var word) ? word.Kind : OptOutKeyword.None;

    /// <summary>The language of the keyword, so the confirmation can be in it.</summary>
    public static string? LanguageOf(string? text) =>
        Words.TryGetValue(Key(text), out var word) ? word.Language : null;

    private static string Key(string? text) => TextNormalizer.Fold(text).Trim('.', '!', ' ');
}
