using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.Questions;

/// <summary>
/// How a message is read for the answer set: whether it asks something (a question mark, or a question word or verb
/// first: "what if…", "can we…", "q hacen…", "y dónde…"), and its words without the little ones, words that mean the
/// same here read as one, a plural "s" dropped.
/// </summary>
public static class QuestionWords
{
    private static readonly HashSet<string> Openers =
    [
        "what", "whats", "how", "who", "whom", "whose", "where", "wheres", "when", "why", "which", "can", "could", "do", "does",
        "did", "is", "are", "will", "would", "should", "may", "am", "if", "que", "q", "como", "donde", "adonde", "quien",
        "quienes", "cuando", "cuanto", "cuanta", "cuantos", "cuantas", "cual", "cuales", "puedo", "puede", "pueden", "podemos",
        "podria", "podrian", "hay", "tienen",
    ];

    /// <summary>Words that start a question without asking ("and", "but", "so", "y", "pero", "entonces", "ok").</summary>
    private static readonly HashSet<string> Leads = ["and", "but", "so", "ok", "okay", "also", "um", "hi", "y", "pero", "entonces", "oiga", "oye", "bueno", "hola"];

    /// <summary>
    /// Words that carry no meaning of their own here: articles, pronouns, auxiliaries, most question words, and words
    /// every family's message has (help, the child).
    /// </summary>
    private static readonly HashSet<string> Little =
    [
        "the", "a", "an", "to", "of", "and", "or", "in", "on", "at", "for", "i", "im", "my", "me", "we", "our", "us", "you", "your",
        "it", "its", "this", "that", "these", "those", "is", "are", "be", "was", "just", "do", "does", "did", "can", "could",
        "would", "will", "should", "they", "he", "she", "them", "his", "her", "there", "have", "has", "get", "what", "whats",
        "how", "who", "which", "any", "some", "about", "with", "know", "el", "la", "los", "las", "un", "una", "unos", "unas",
        "de", "del", "al", "y", "o", "en", "con", "por", "para", "mi", "mis", "su", "sus", "lo", "le", "les", "se", "nos", "es",
        "ese", "esa", "esto", "que", "q", "como", "quien", "puedo", "puede", "pueden", "podemos", "van", "va", "ir",
        "help", "ayuda", "ayudar", "son", "daughter", "child", "kid", "kids", "hijo", "hija", "nino", "nina", "if", "si",
        "tengo", "tiene", "tienen", "tenemos",
    ];

    /// <summary>Words that mean the same here, read as one (either language, so a Spanish question finds an English example too).</summary>
    private static readonly Dictionary<string, string> Same = new(StringComparer.Ordinal)
    {
        ["text"] = "message", ["texts"] = "message", ["messages"] = "message", ["mensaje"] = "message", ["mensajes"] = "message",
        ["chat"] = "message", ["escribo"] = "message", ["write"] = "message", ["send"] = "message",
        ["info"] = "data", ["information"] = "data", ["informacion"] = "data", ["datos"] = "data", ["dato"] = "data",
        ["read"] = "see", ["reads"] = "see", ["leer"] = "see", ["lee"] = "see", ["ver"] = "see", ["ve"] = "see",
        ["privat"] = "private", ["privado"] = "private", ["privada"] = "private", ["privados"] = "private",
        ["confidential"] = "private", ["confidencial"] = "private", ["secret"] = "private", ["secreto"] = "private",
        ["counselor"] = "therapist", ["terapeuta"] = "therapist", ["consejera"] = "therapist", ["consejero"] = "therapist",
        ["clinician"] = "therapist", ["doctor"] = "therapist", ["doctors"] = "therapist",
        ["new"] = "other", ["another"] = "other", ["different"] = "other", ["otra"] = "other", ["otro"] = "other",
        ["nuevo"] = "other", ["nueva"] = "other", ["else"] = "other",
        ["translator"] = "interpreter", ["translators"] = "interpreter", ["traductor"] = "interpreter", ["traductores"] = "interpreter",
        ["interprete"] = "interpreter", ["interpretes"] = "interpreter", ["translate"] = "interpreter", ["traducir"] = "interpreter",
        ["inmigracion"] = "immigration", ["migra"] = "immigration", ["ice"] = "immigration",
        ["papeles"] = "papers", ["documentos"] = "papers", ["documents"] = "papers", ["undocumented"] = "papers",
        ["abogado"] = "lawyer", ["attorney"] = "lawyer",
        ["appointment"] = "visit", ["appointments"] = "visit", ["cita"] = "visit", ["citas"] = "visit", ["session"] = "visit",
        ["faltar"] = "miss", ["falto"] = "miss", ["faltamos"] = "miss", ["missed"] = "miss", ["perdemos"] = "miss",
        ["raite"] = "ride", ["transporte"] = "ride", ["transportation"] = "ride", ["carro"] = "ride", ["car"] = "ride",
        ["cost"] = "pay", ["costo"] = "pay", ["cuesta"] = "pay", ["cuestan"] = "pay", ["pagar"] = "pay", ["paying"] = "pay",
        ["cobran"] = "pay", ["price"] = "pay",
        ["telefono"] = "phone", ["numero"] = "number",
        ["direccion"] = "address",
        ["empiezo"] = "start", ["empezar"] = "start", ["begin"] = "start", ["primero"] = "first", ["primer"] = "first",
    };
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
        [.. NormalizedText.Words(text).Where(w => !Little.Contains(w)).Select(w => Same.GetValueOrDefault(w) ?? Stem(w)).Distinct()];

    private static string Stem(string word) => word.Length > 4 && word[^1] == 's' ? word[..^1] : word;
}
