using PuenteBot.Content.Handouts;
using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.Handouts;

/// <summary>
/// Finds the handouts a caregiver's own words ask for: those serving the barriers the recognizer hears in them
/// ("rides" is transport) or a setback it hears ("una recaída"), then those whose title or topics share the most
/// words with them ("school", "escuela").
/// </summary>
public sealed class HandoutFinder(HandoutLibrary library, IntentRecognizer intents)
{
    public const int MaxHandouts = 3;

    /// <summary>What the handouts for hard weeks serve (a concern beside the barrier kinds).</summary>
    private const string Setback = "setback";

    /// <summary>Words that say nothing about a topic ("do you have something about…", "¿tiene algo sobre…?").</summary>
    private static readonly HashSet<string> Filler =
    [
        "about", "have", "something", "anything", "with", "your", "what", "that", "this", "there", "some", "info", "information",
        "guide", "handout", "please", "want", "need", "like", "would", "could", "child", "kid", "from", "more", "read", "send",
        "tiene", "tienen", "algo", "sobre", "para", "como", "quiero", "necesito", "puede", "hijo", "hija", "guia", "hoja",
        "informacion", "alguna", "algun", "donde", "cuando", "esta", "este", "leer", "manda", "mande", "otra", "otro", "corta",
    ];

    /// <summary>Up to three handouts in <paramref name="language"/> for the words, best first; empty when none fits.</summary>
    public IReadOnlyList<Handout> Find(string? text, string language, IReadOnlyList<string>? barriers = null)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return [];
        }

        var heard = intents.Recognize(text, language);
        IEnumerable<string> kinds = barriers is { Count: > 0 } ? barriers : heard.Barriers;
        if (heard.Intent == Intents.Setback)
        {
            kinds = kinds.Append(Setback);
        }

        var served = kinds.SelectMany(kind => library.ForBarrier(language, kind).OrderByDescending(h => h.Topics.Contains(kind)));
        var scored = library.All(language).Select(h => (Handout: h, Score: Score(h, words))).Where(s => s.Score > 0).ToList();
        var best = scored.Count == 0 ? 0 : scored.Max(s => s.Score);
        return served.Concat(scored.Where(s => s.Score == best).Select(s => s.Handout)).DistinctBy(h => h.Slug).Take(MaxHandouts).ToList();
    }

    /// <summary>Two points for each word that is one of the handout's topics, one for each word of its title.</summary>
    private static int Score(Handout handout, HashSet<string> words)
    {
        var title = Words(handout.Title);
        var topics = handout.Topics.SelectMany(t => t.Split('-')).Select(Stem).ToHashSet(StringComparer.Ordinal);
        return words.Sum(w => (topics.Contains(w) ? 2 : 0) + (title.Contains(w) ? 1 : 0));
    }

    private static HashSet<string> Words(string? text) =>
        NormalizedText.Words(text).Where(w => w.Length >= 4).Select(Stem).Where(w => !Filler.Contains(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>A plural read as its singular ("visits", "tropiezos", "guías").</summary>
    private static string Stem(string word) => word.Length > 4 && word.EndsWith('s') ? word[..^1] : word;
}
