using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.Questions;

/// <summary>
/// How a message is read for the answer set: whether it asks something (a question mark, or a question word or verb
/// first: "what if…", "can we…", "q hacen…", "y dónde…"), and its words without the little ones, a plural "s" dropped.
/// </summary>
public static class QuestionWords
{
    private static readonly HashSet<string> Openers =
    [
        "what", "whats", "how", "who", "whom", "whose", "where", "wheres", "when", "why", "which", "can", "could", "do", "does",
        "did", "is", "are", "will", "would", "should", "may", "am", "if", "que", "q", "como", "donde", "adonde", "quien",
        "quienes", "cuando", "cuanto", "cuanta", "cuantos", "cuantas", "cual", "cuales", "puedo", "puede", "pueden", "podemos",
        "podria", "podrian", "se", "hay", "tengo", "tienen", "tiene", "es", "esta", "van", "me", "nos",
    ];

    /// <summary>Words that start a question without asking ("and", "but", "so", "y", "pero", "entonces", "ok").</summary>
    private static readonly HashSet<string> Leads = ["and", "but", "so", "ok", "okay", "also", "um", "hi", "y", "pero", "entonces", "oiga", "oye", "bueno", "hola"];

    private static readonly HashSet<string> Little =
    [
        "the", "a", "an", "to", "of", "and", "or", "in", "on", "at", "for", "i", "my", "me", "we", "our", "us", "you", "your", "it",
        "this", "that", "is", "are", "be", "just", "el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "al", "y",
        "o", "en", "con", "por", "para", "mi", "mis", "su", "sus", "lo", "le", "les", "se", "nos", "es", "ese", "esa", "esto",
    ];

    /// <summary>Whether the message asks something rather than telling ("no tengo carro" tells).</summary>
    public static bool IsQuestion(string? text)
    {
        if (text is null)
        {
            return false;
        }

        if (text.Contains('?') || text.Contains('¿'))
        {
            return true;
        }

        var words = NormalizedText.Words(text).SkipWhile(Leads.Contains).ToList();
        return words.Count > 0 && Openers.Contains(words[0]);
    }

    /// <summary>The words that carry meaning, folded, a plural "s" dropped from longer words.</summary>
    public static IReadOnlyList<string> Content(string? text) =>
        [.. NormalizedText.Words(text).Where(w => !Little.Contains(w)).Select(Stem).Distinct()];

    private static string Stem(string word) => word.Length > 4 && word[^1] == 's' ? word[..^1] : word;
}
