namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// Whether the words just before a phrase, in the same clause, deny it ("he doesn't want to hurt himself",
/// "no se quiere hacer daño", "no thoughts of suicide") or only hedge it ("not sure", "no sé si"). A clause ends at
/// a break or at "and" / "but" / "y" / "pero", so "3 días sin comer y se desmayó" still counts the fainting.
/// </summary>
internal static class Negation
{
    private const int Window = 4;

    private static readonly HashSet<string> Negators =
    [
        "no", "not", "never", "nunca", "jamas", "ni", "nada", "sin", "dont", "doesnt", "didnt", "isnt", "wasnt", "wont",
        "hasnt", "havent", "arent", "werent", "without", "nor",
    ];

    private static readonly HashSet<string> Hedges = ["sure", "know", "think", "seguro", "segura", "creo", "sabe", "si", "if", "whether"];

    /// <summary>Denied: the phrase does not count. Hedged: it counts as possible. Otherwise it stands.</summary>
    public static Polarity Of(string normalized, int start)
    {
        var before = normalized.AsSpan(0, start).TrimEnd();
        var polarity = Polarity.Affirmed;
        var hedged = false;
        for (var i = 0; i < Window && before.Length > 0; i++)
        {
            var space = before.LastIndexOf(' ');
            var word = before[(space + 1)..].ToString();
            before = before[..Math.Max(space, 0)].TrimEnd();
            if (word is "." or "and" or "but" or "y" or "pero")
            {
                break;
            }

            if (Negators.Contains(word))
            {
                polarity = hedged ? Polarity.Hedged : Polarity.Denied;
            }

            hedged |= Hedges.Contains(word);
        }

        return polarity;
    }
}
