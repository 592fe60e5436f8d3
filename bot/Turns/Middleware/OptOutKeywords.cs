using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Turns.Middleware;

public enum OptOutKeyword
{
    None,
    OptOut,
    OptIn,
    Help,
}

/// <summary>
/// The SMS keywords, English and Spanish: opt-out, opt-in and help. They count only as the whole message, any
/// case, with or without accents, so "no puedo parar de llorar" is a conversation, not an opt-out. The reasons
/// for each word are in docs/sms.md.
/// </summary>
public static class OptOutKeywords
{
    private sealed record Word(OptOutKeyword Kind, string Language, bool CarrierDefault);

    private static readonly Dictionary<string, Word> Words = new(StringComparer.Ordinal)
    {
        ["stop"] = new(OptOutKeyword.OptOut, Languages.English, CarrierDefault: true),
        ["stopall"] = new(OptOutKeyword.OptOut, Languages.English, CarrierDefault: true),
        ["unsubscribe"] = new(OptOutKeyword.OptOut, Languages.English, CarrierDefault: true),
        ["cancel"] = new(OptOutKeyword.OptOut, Languages.English, CarrierDefault: true),
        ["end"] = new(OptOutKeyword.OptOut, Languages.English, CarrierDefault: true),
        ["quit"] = new(OptOutKeyword.OptOut, Languages.English, CarrierDefault: true),
        ["revoke"] = new(OptOutKeyword.OptOut, Languages.English, CarrierDefault: true),
        ["optout"] = new(OptOutKeyword.OptOut, Languages.English, CarrierDefault: true),
        ["opt out"] = new(OptOutKeyword.OptOut, Languages.English, CarrierDefault: false),
        ["parar"] = new(OptOutKeyword.OptOut, Languages.Spanish, CarrierDefault: false),
        ["alto"] = new(OptOutKeyword.OptOut, Languages.Spanish, CarrierDefault: false),
        ["baja"] = new(OptOutKeyword.OptOut, Languages.Spanish, CarrierDefault: false),
        ["cancelar"] = new(OptOutKeyword.OptOut, Languages.Spanish, CarrierDefault: false),
        ["start"] = new(OptOutKeyword.OptIn, Languages.English, CarrierDefault: true),
        ["unstop"] = new(OptOutKeyword.OptIn, Languages.English, CarrierDefault: true),
        ["yes"] = new(OptOutKeyword.OptIn, Languages.English, CarrierDefault: true),
        ["alta"] = new(OptOutKeyword.OptIn, Languages.Spanish, CarrierDefault: false),
        ["inicio"] = new(OptOutKeyword.OptIn, Languages.Spanish, CarrierDefault: false),
        ["iniciar"] = new(OptOutKeyword.OptIn, Languages.Spanish, CarrierDefault: false),
        ["comenzar"] = new(OptOutKeyword.OptIn, Languages.Spanish, CarrierDefault: false),
        ["help"] = new(OptOutKeyword.Help, Languages.English, CarrierDefault: true),
        ["info"] = new(OptOutKeyword.Help, Languages.English, CarrierDefault: true),
        ["ayuda"] = new(OptOutKeyword.Help, Languages.Spanish, CarrierDefault: false),
        ["informacion"] = new(OptOutKeyword.Help, Languages.Spanish, CarrierDefault: false),
    };

    public static OptOutKeyword Match(string? text) => Find(text)?.Kind ?? OptOutKeyword.None;

    /// <summary>The language of the keyword, so the confirmation can be in it.</summary>
    public static string? LanguageOf(string? text) => Find(text)?.Language;

    /// <summary>True for the words Twilio acts on by default (it blocks or unblocks the number and answers them itself).</summary>
    public static bool IsCarrierDefault(string? text) => Find(text)?.CarrierDefault == true;

    private static Word? Find(string? text) =>
        Words.TryGetValue(TextNormalizer.Fold(text).Trim('.', '!', '¡', ' '), out var word) ? word : null;
}
