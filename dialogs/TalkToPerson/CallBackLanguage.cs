using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.TalkToPerson;

/// <summary>
/// The language a caregiver asks to be reached in, in their own words: "llamada pero que hablen español", "in
/// spanish please", "que me hablen en inglés", "someone who speaks Spanish".
/// </summary>
public static class CallBackLanguage
{
    private const string Spanish = "(?:spanish|espanol|castellano)";
    private const string English = "(?:english|ingles)";
    private const string Asking = @"(?:in|en|habla|hablan|hable|hablen|hablar|speak|speaks|speaking|speaker|that speaks|who speaks|que sepa|que sepan|someone|alguien|persona|person|interpreter|interprete|traductor|translator|please|por favor|prefiero|prefer)";

    private static readonly PhraseSet AsksSpanish = new($" (?:{Asking} (?:\\w+ ){{0,2}}{Spanish}|{Spanish} (?:speak\\w*|speaker|please|por favor|hablante)|{Spanish} \\.)");

    private static readonly PhraseSet AsksEnglish = new($" (?:{Asking} (?:\\w+ ){{0,2}}{English}|{English} (?:speak\\w*|speaker|please|por favor|hablante)|{English} \\.)");

    /// <summary>en or es when one of the messages asks for that language (the last one that does wins), else null.</summary>
    public static string? Asked(params string?[] messages)
    {
        string? asked = null;
        foreach (var normalized in messages.Where(m => !string.IsNullOrWhiteSpace(m)).Select(NormalizedText.Of))
        {
            var spanish = AsksSpanish.Find(normalized)?.Index;
            var english = AsksEnglish.Find(normalized)?.Index;
            asked = (spanish, english) switch
            {
                ({ } s, { } e) => s > e ? Languages.Spanish : Languages.English,
                ({ }, null) => Languages.Spanish,
                (null, { }) => Languages.English,
                _ => asked,
            };
        }

        return asked;
    }
}
