namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// Finds which of the offered options a reply picks: by its number ("2", "dos", "la 2", "option two", "the
/// second", "la última"), or by its title, value or a synonym, without accents and forgiving small typos.
/// </summary>
public sealed class ChoiceRecognizer(NumberRecognizer numbers)
{
    private static readonly HashSet<string> NumberWords = ["option", "opcion", "number", "numero", "num", "no", "la", "el", "the", "#", "es", "is", "pick", "choose", "elijo", "quiero"];

    /// <summary>Words too common to pick an option by themselves (a sentence with "con" does not pick "Hablar con una persona").</summary>
    private static readonly HashSet<string> Glue =
    [
        "o", "or", "y", "and", "de", "del", "the", "la", "el", "a", "of", "u", "e", "para", "for", "con", "with", "un", "una",
        "to", "my", "mi", "mis", "su", "sus", "los", "las", "lo", "en", "in", "on", "que", "se", "me", "i", "is", "it", "al",
        "por", "your", "you", "le", "les", "an", "about", "what", "got",
    ];

    /// <summary>About half of an option's own words must stand in the reply (one of two, even with a typo) to pick it by words.</summary>
    private const double MinimumScore = 0.4;

    private static readonly Dictionary<string, int> Ordinals = new()
    {
        ["first"] = 1, ["primera"] = 1, ["primero"] = 1, ["primer"] = 1, ["1st"] = 1, ["second"] = 2, ["segunda"] = 2, ["segundo"] = 2,
        ["2nd"] = 2, ["third"] = 3, ["tercera"] = 3, ["tercero"] = 3, ["3rd"] = 3, ["fourth"] = 4, ["cuarta"] = 4, ["cuarto"] = 4,
    };

    public FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices, string language)
    {
        var words = NormalizedText.Words(text);
        if (words.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        if (ByPosition(text!, words, choices.Count, language) is { } index)
        {
            return new FoundChoice(choices[index].Value, index, 1.0);
        }

        return choices
            .Select((choice, i) => new FoundChoice(choice.Value, i, Score(words, choice)))
            .Where(found => found.Score >= MinimumScore)
            .OrderByDescending(found => found.Score)
            .FirstOrDefault();
    }

    /// <summary>The index picked by number or position, when the reply is only that ("2", "la dos", "the second one", "la última").</summary>
    private int? ByPosition(string text, string[] words, int count, string language)
    {
        var rest = words.Where(w => !NumberWords.Contains(w) && w is not ("one" or "una" or "uno" or "opcion")).ToArray();
        if (rest.Length == 1 && (Ordinals.TryGetValue(rest[0], out var ordinal) || rest[0] is "last" or "ultima" or "ultimo"))
        {
            var position = rest[0] is "last" or "ultima" or "ultimo" ? count : ordinal;
            return position <= count ? position - 1 : null;
        }

        var found = numbers.Recognize(text, language);
        var isOnlyNumber = found.Count == 1 && rest.Length <= NormalizedText.Words(found[0].Text).Length;
        return isOnlyNumber && found[0].Value >= 1 && found[0].Value <= count && found[0].Value == Math.Floor(found[0].Value)
            ? (int)found[0].Value - 1
            : null;
    }

    /// <summary>The best score of the choice's names in the reply: 1 when one stands there word for word, 0 when none does.</summary>
    private static double Score(string[] words, Choice choice)
    {
        var names = new[] { choice.Title, choice.Value }.Concat(choice.Synonyms ?? []).Select(NormalizedText.Words).Where(n => n.Length > 0);
        return names.Select(name => NameScore(words, name)).DefaultIfEmpty(0).Max();
    }

    /// <summary>The share of the name's words found in the reply, less a tenth for each typo forgiven ("Horario o trabajo" is picked by "horaro").</summary>
    private static double NameScore(string[] words, string[] name)
    {
        var content = name.Where(part => !Glue.Contains(part)).DefaultIfEmpty(name[0]).ToArray();
        var (found, typos) = (0, 0);
        foreach (var part in content)
        {
            if (words.Contains(part))
            {
                found++;
            }
            else if (words.Any(w => EditDistance.Within(w, part, EditDistance.Allowed(part.Length))))
            {
                (found, typos) = (found + 1, typos + 1);
            }
        }

        return found == 0 ? 0 : ((double)found / content.Length) - (0.1 * typos);
    }
}
