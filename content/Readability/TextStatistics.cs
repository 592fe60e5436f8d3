using System.Text.RegularExpressions;

namespace PuenteBot.Content.Readability;

/// <summary>Counts of sentences, words and syllables in a text, the inputs of the readability formulas.</summary>
public sealed partial record TextStatistics(int Sentences, int Words, int Syllables)
{
    /// <summary>
    /// Measures blocks of text (paragraphs, headings, list items). Each block ends a sentence, and inside a block
    /// sentences end at '.', '!' or '?'. A word is a run of letters, or of digits (a number counts one syllable
    /// per digit, as it is read aloud digit by digit: "988").
    /// </summary>
    public static TextStatistics Measure(IEnumerable<string> blocks, Func<string, int> syllables)
    {
        int sentences = 0, words = 0, total = 0;
        foreach (var sentence in blocks.SelectMany(b => SentenceEnd().Split(b)))
        {
            var found = Word().Matches(sentence);
            if (found.Count == 0)
            {
                continue;
            }

            sentences++;
            words += found.Count;
            total += found.Sum(m => char.IsDigit(m.Value[0]) ? m.Value.Length : syllables(m.Value));
        }

        return new(sentences, words, total);
    }

    public double WordsPerSentence => Sentences == 0 ? 0 : (double)Words / Sentences;

    public double SyllablesPerWord => Words == 0 ? 0 : (double)Syllables / Words;

    [GeneratedRegex(@"[.!?]+(?:\s+|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}'’]*|\d+")]
    private static partial Regex Word();
}
