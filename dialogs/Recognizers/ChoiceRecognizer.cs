namespace PuenteBot.Dialogs.Recognizers;

/// <summary>An option offered to the caregiver: the value the dialog gets back, and words that also pick it.</summary>
public sealed record Choice(string Value, string Title, IReadOnlyList<string>? Synonyms = null);

/// <summary>The option a caregiver picked.</summary>
public sealed record FoundChoice(string Value, int Index, double Score);

/// <summary>Finds which of the offered options a reply picks: by number, title or synonym.</summary>
public sealed class ChoiceRecognizer(NumberRecognizer numbers)
{
    public FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices, string language)
    {
        var folded = TextNormalizer.Fold(text).Trim('.', '!', '?', ',');
        if (folded.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        var found = numbers.Recognize(folded, language);
        if (found.Count == 1 && found[0].Length == folded.Length && found[0].Value >= 1 && found[0].Value <= choices.Count)
        {
            var index = (int)found[0].Value - 1;
            return new FoundChoice(choices[index].Value, index, 1.0);
        }

        for (var i = 0; i < choices.Count; i++)
        {
            var names = new[] { choices[i].Title, choices[i].Value }.Concat(choices[i].Synonyms ?? []);
            if (names.Any(n => folded.Contains(TextNormalizer.Fold(n), StringComparison.Ordinal)))
            {
                return new FoundChoice(choices[i].Value, i, 0.9);
            }
        }

        return null;
    }
}
