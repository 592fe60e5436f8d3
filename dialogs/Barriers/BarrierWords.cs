using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.Barriers;

/// <summary>Short answers the barrier questions listen for, in either language, with or without accents.</summary>
internal static class BarrierWords
{
    /// <summary>Whole answers that say nothing is in the way.</summary>
    private static readonly HashSet<string> Nothing =
    [
        "no", "nope", "nah", "nothing", "none", "nothing really", "no nothing", "all good", "were fine", "we are fine",
        "nada", "no nada", "nada nada", "ninguno", "ninguna", "todo bien", "estamos bien", "ningun problema", "no hay problema",
    ];

    private static readonly string[] DontKnow =
        ["dont know", "don t know", "do not know", "not sure", "idk", "no se", "no lo se", "ni idea", "quien sabe", "no estoy seguro", "no estoy segura"];

    private static readonly string[] School = ["school", "class", "escuela", "clase", "colegio", "prepa", "secundaria"];

    private static readonly string[] Work = ["work", "job", "shift", "trabajo", "trabaja", "chamba", "jale", "turno", "both", "ambos", "las dos", "los dos"];

    private static readonly string[] Husband = ["my husband", "my hubby", "mi esposo", "mi marido", "mi viejo"];

    private static readonly string[] Wife = ["my wife", "mi esposa", "mi mujer", "mi vieja"];

    /// <summary>Answers to "who helps with the other children?" that say no one does.</summary>
    private static readonly string[] Nobody =
        ["nadie", "nobody", "no one", "noone", "ninguno", "ninguna", "none", "solo yo", "yo sola", "yo solo", "just me", "only me", "no tengo quien", "no hay quien"];

    /// <summary>"None of these", in any wording, at the options.</summary>
    private static readonly string[] NoneOfThese =
    [
        "none", "none of these", "none of those", "none of them", "neither", "nothing", "no one of those", "not really", "nah",
        "doesnt help", "dont help", "dont work", "doesnt work", "wont work", "not helpful", "no good", "that doesnt help", "no thanks",
        "ninguna", "ninguno", "ninguna de estas", "ninguna de esas", "nada", "no me sirve", "no me sirven", "no sirve", "no sirven",
        "no funciona", "no funcionan", "no me ayuda", "no me ayudan", "tampoco", "ni una", "ni uno", "no gracias", "no puedo",
    ];

    /// <summary>Words that say "you got it wrong": the concern being talked about is not the family's.</summary>
    private static readonly string[] NotThat =
    [
        "thats not it", "that s not it", "that is not it", "not that", "its not that", "it s not that", "thats not the problem",
        "that s not the problem", "you misunderstood", "thats not what i said", "that s not what i said", "not what i meant",
        "no es eso", "eso no es", "no es por eso", "no es asi", "no es el problema", "me entendio mal", "no me entendio",
        "no es lo que dije", "se equivoco", "no era eso",
    ];

    /// <summary>Words that take a concern back: "lo del carro no es problema", "the ride is not an issue".</summary>
    private static readonly string[] NotAProblem =
    [
        "not a problem", "isnt a problem", "is not a problem", "not the problem", "not an issue", "isnt an issue", "no problem",
        "no es problema", "no es un problema", "no es el problema", "no hay problema", "ya lo resolvi", "ya esta resuelto",
    ];

    /// <summary>Words that make a cost a concern, not just a mention of insurance.</summary>
    private static readonly string[] Money =
    [
        "cost", "costs", "copay", "co pay", "pay", "paying", "bill", "bills", "money", "afford", "expensive", "price", "deductible", "charge",
        "costo", "costos", "cuesta", "pagar", "pago", "dinero", "caro", "cara", "cobran", "cobrar", "cuenta", "cuentas", "deducible", "lana", "feria",
    ];

    /// <summary>Short names of the common barriers, for "it's the cost" in a correction and "lo de mi esposo" at the order question.</summary>
    private static readonly (string Kind, string[] Words)[] KindWords =
    [
        (Recognizers.Barriers.Cost, ["cost", "the cost", "money", "price", "copay", "el costo", "costo", "dinero", "el dinero", "pagar", "lo que cuesta"]),
        (Recognizers.Barriers.Transport, ["ride", "the ride", "car", "bus", "transporte", "carro", "raite", "como llegar"]),
        (Recognizers.Barriers.Schedule, ["work", "my job", "the hours", "schedule", "trabajo", "el trabajo", "horario", "el horario"]),
        (Recognizers.Barriers.Childcare, ["childcare", "the other kids", "my other kids", "los otros ninos", "quien me cuide", "mis otros hijos"]),
        (Recognizers.Barriers.Language, ["language", "english", "interpreter", "idioma", "ingles", "interprete"]),
        (Recognizers.Barriers.Technology, ["video", "internet", "the app", "la aplicacion", "la app"]),
        (Recognizers.Barriers.FamilyDisagreement, ["my husband", "my wife", "my partner", "the family", "mi esposo", "mi esposa", "mi pareja", "mi marido", "la familia"]),
    ];

    /// <summary>"husband" or "wife" when the words name one ("mi esposo", "my wife"), else null.</summary>
    public static string? PartnerWord(string? text) =>
        Contains(text, Husband) ? "husband" : Contains(text, Wife) ? "wife" : null;

    public static bool IsNothing(string? text) => Nothing.Contains(Folded(text));

    public static bool IsDontKnow(string? text) => Contains(text, DontKnow);

    public static bool MentionsSchool(string? text) => Contains(text, School);

    public static bool MentionsWork(string? text) => Contains(text, Work);

    public static bool SaysNobody(string? text) => Contains(text, Nobody);

    public static bool IsNoneOfThese(string? text) => Contains(text, NoneOfThese);

    public static bool SaysNotThat(string? text) => Contains(text, NotThat);

    public static bool MentionsMoney(string? text) => Contains(text, Money);

    public static bool SaysNotAProblem(string? text) => Contains(text, NotAProblem);

    /// <summary>The listed barriers named by their short names ("it's the cost"), in the order of the list.</summary>
    public static IEnumerable<string> KindsNamed(string? text) => KindWords.Where(k => Contains(text, k.Words)).Select(k => k.Kind);

    /// <summary>The short names of a barrier (none for the less common ones).</summary>
    public static IReadOnlyList<string> ShortNames(string kind) => KindWords.FirstOrDefault(k => k.Kind == kind).Words ?? [];

    private static bool Contains(string? text, string[] phrases)
    {
        var folded = " " + Folded(text) + " ";
        return phrases.Any(p => folded.Contains(" " + p + " ", StringComparison.Ordinal));
    }

    private static string Folded(string? text) => string.Join(' ', NormalizedText.Words(text));
}
