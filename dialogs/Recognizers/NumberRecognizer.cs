using System.Globalization;
using System.Text.RegularExpressions;

namespace PuenteBot.Dialogs.Recognizers;

/// <summary>A number found in text: its value and where it stood.</summary>
public sealed record NumberMatch(double Value, int Start, int Length, string Text);

/// <summary>Numbers written as digits or words, in English and Spanish.</summary>
public sealed partial class NumberRecognizer
{
    private static readonly Dictionary<string, int> Words = new()
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["cero"] = 0, ["uno"] = 1, ["una"] = 1, ["dos"] = 2, ["tres"] = 3, ["cuatro"] = 4, ["cinco"] = 5,
        ["seis"] = 6, ["siete"] = 7, ["ocho"] = 8, ["nueve"] = 9, ["diez"] = 10,
    };

    public IReadOnlyList<NumberMatch> Recognize(string? text, string language)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var matches = new List<NumberMatch>();
        foreach (Match m in Token().Matches(text))
        {
            var word = TextNormalizer.Fold(m.Value);
            if (double.TryParse(m.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                matches.Add(new NumberMatch(value, m.Index, m.Length, m.Value));
            }
            else if (Words.TryGetValue(word, out var n))
            {
                matches.Add(new NumberMatch(n, m.Index, m.Length, m.Value));
            }
        }

        return matches;
    }

    [GeneratedRegex(@"\d+(?:\.\d+)?|\p{L}+")]
    private static partial Regex Token();
}
