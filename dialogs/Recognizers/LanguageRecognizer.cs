namespace PuenteBot.Dialogs.Recognizers;

/// <summary>The language a message is written in, or null when it cannot tell.</summary>
public sealed record LanguageResult(string? Language, double Confidence);

/// <summary>Tells English from Spanish in short, informal messages.</summary>
public sealed class LanguageRecognizer
{
    private static readonly HashSet<string> SpanishWords =
    [
        "hola", "buenas", "buenos", "dias", "tardes", "noches", "si", "gracias", "que", "como", "esta", "estoy",
        "mi", "hijo", "hija", "no", "puedo", "quiero", "necesito", "ayuda", "por", "favor", "el", "la", "los",
        "las", "de", "y", "es", "con", "para", "una", "un", "espanol", "tengo", "cita", "pero",
    ];

    private static readonly HashSet<string> EnglishWords =
    [
        "hi", "hello", "hey", "good", "morning", "yes", "thanks", "thank", "you", "what", "how", "is", "am", "my",
        "son", "daughter", "can't", "cant", "want", "need", "help", "please", "the", "and", "of", "to", "with",
        "for", "a", "english", "have", "appointment", "but", "i",
    ];

    public LanguageResult Detect(string? text)
    {
        var words = TextNormalizer.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var es = words.Count(w => SpanishWords.Contains(w.Trim('.', ',', '!', '?', '¿', '¡')));
        var en = words.Count(w => EnglishWords.Contains(w.Trim('.', ',', '!', '?', '¿', '¡')));
        if (es == en)
        {
            return new LanguageResult(null, 0);
        }

        var total = es + en;
        return es > en
            ? new LanguageResult(Languages.Spanish, (double)es / total)
            : new LanguageResult(Languages.English, (double)en / total);
    }
}
