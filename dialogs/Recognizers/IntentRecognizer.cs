namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// The labels of ../shared/CONVERSATION.md: what the caregiver wants (<see cref="Intent"/>) and the barriers to
/// care they name (<see cref="Barriers"/>, in the order they appear).
/// </summary>
public sealed record IntentResult(string Intent, double Score, IReadOnlyList<string> Barriers);

/// <summary>The intent labels.</summary>
public static class Intents
{
    public const string Greeting = "greeting";
    public const string Barrier = "barrier";
    public const string StigmaShame = "stigma_shame";
    public const string Setback = "setback";
    public const string HandoutRequest = "handout_request";
    public const string TalkToClinician = "talk_to_clinician";
    public const string Crisis = "crisis";
    public const string LanguageSwitch = "language_switch";
    public const string Help = "help";
    public const string Stop = "stop";
    public const string ThanksGoodbye = "thanks_goodbye";
    public const string Other = "other";
}

/// <summary>Recognizes intent and barriers from what a caregiver writes.</summary>
public sealed class IntentRecognizer
{
    private static readonly (string Word, string Intent)[] Keywords =
    [
        ("hola", Intents.Greeting), ("hi", Intents.Greeting), ("hello", Intents.Greeting), ("buenas", Intents.Greeting),
        ("espanol", Intents.LanguageSwitch), ("english", Intents.LanguageSwitch), ("ingles", Intents.LanguageSwitch),
        ("help", Intents.Help), ("ayuda", Intents.Help), ("menu", Intents.Help),
        ("stop", Intents.Stop), ("parar", Intents.Stop),
        ("thanks", Intents.ThanksGoodbye), ("gracias", Intents.ThanksGoodbye), ("bye", Intents.ThanksGoodbye),
    ];

    public IntentResult Recognize(string? text, string language)
    {
        var words = TextNormalizer.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var (word, intent) in Keywords)
        {
            if (words.Contains(word))
            {
                return new IntentResult(intent, 0.8, []);
            }
        }

        return new IntentResult(Intents.Other, 0.0, []);
    }
}
