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

    public static bool IsNothing(string? text) => Nothing.Contains(Folded(text));

    public static bool IsDontKnow(string? text) => Contains(text, DontKnow);

    public static bool MentionsSchool(string? text) => Contains(text, School);

    private static bool Contains(string? text, string[] phrases)
    {
        var folded = " " + Folded(text) + " ";
        return phrases.Any(p => folded.Contains(" " + p + " ", StringComparison.Ordinal));
    }

    private static string Folded(string? text) => string.Join(' ', NormalizedText.Words(text));
}
