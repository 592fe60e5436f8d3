using PuenteBot.Content.Answers;
using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.Questions;

/// <summary>
/// Finds the answer a question asks for, by the example questions of the answer set (both languages at once, so a
/// Spanish question in an English conversation is still understood). Each example and the message become their
/// content words (<see cref="QuestionWords.Content"/>), weighted by how rare each word is among all the examples
/// (inverse document frequency; a word no example has weighs the most); the score is the weighted overlap (Dice) of
/// the message with its closest example (averaged with how much of the message the answer's examples cover), a word
/// one typo away counting for <see cref="TypoCredit"/>, at least <see cref="MinWordsMatched"/> words in common. A message that
/// is no question (<see cref="QuestionWords.IsQuestion"/>) or scores under <see cref="Threshold"/> matches nothing.
/// Deterministic and fast (docs/questions.md has its measured precision and speed).
/// </summary>
public sealed class QuestionMatcher
{
    public const double Threshold = 0.52;
    public const double TypoCredit = 0.8;

    /// <summary>An example of more words is close only when two of them stand in the message ("what time is it" is not "what time do you open").</summary>
    public const int MinWordsMatched = 2;
    private const int TypoMinLength = 5;

    private readonly List<(string Id, string Text, string[] Words, double Weight)> examples;
    private readonly Dictionary<string, double> weights;
    private readonly Dictionary<string, string[]> vocabulary;
    private readonly double unknownWeight;

    public QuestionMatcher(AnswerSet answers)
    {
        var written = answers.All.SelectMany(a => a.Questions.Select(q => (a.Id, Text: q, Words: QuestionWords.Content(q).ToArray()))).ToList();
        var frequency = written.SelectMany(e => e.Words).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        weights = frequency.ToDictionary(f => f.Key, f => Math.Log(1 + (double)written.Count / f.Value), StringComparer.Ordinal);
        examples = [.. written.Select(e => (e.Id, e.Text, e.Words, e.Words.Sum(WeightOf)))];
        vocabulary = written.GroupBy(e => e.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Words).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        unknownWeight = Math.Log(1 + (double)written.Count);
    }

    /// <summary>The answer the message asks for, or null when it asks none of them (or is no question).</summary>
    public QuestionMatch? Match(string? text) =>
        QuestionWords.IsQuestion(text) && Best(text) is { Score: >= Threshold } best ? best : null;

    /// <summary>The closest answer and its score, question or not (for measuring).</summary>
    public QuestionMatch? Best(string? text)
    {
        var words = QuestionWords.Content(text);
        if (words.Count == 0)
        {
            return null;
        }

        var mine = words.Sum(WeightOf);
        var near = words.Select(Near).ToArray();
        var covered = vocabulary.ToDictionary(v => v.Key, v => words.Select((w, i) => Credit(near[i], v.Value) * WeightOf(w)).Sum() / mine, StringComparer.Ordinal);
        QuestionMatch? best = null;
        foreach (var (id, example, theirs, weight) in examples)
        {
            var (overlap, matched) = (0.0, 0);
            for (var i = 0; i < words.Count; i++)
            {
                var credit = Credit(near[i], theirs);
                overlap += credit * WeightOf(words[i]);
                matched += credit > 0 ? 1 : 0;
            }

            if (matched < Math.Min(MinWordsMatched, theirs.Length))
            {
                continue;
            }

            var score = (2 * overlap / (mine + weight) + covered[id]) / 2;
            if (best is null || score > best.Score)
            {
                best = new QuestionMatch(id, score, example);
            }
        }

        return best;
    }

    /// <summary>The examples' words a message word stands for: itself (credit 1), or a word one typo away (<see cref="TypoCredit"/>).</summary>
    private Dictionary<string, double> Near(string word) =>
        weights.Keys
            .Where(known => known == word || word.Length >= TypoMinLength && known.Length >= TypoMinLength && EditDistance.Within(word, known, 1))
            .ToDictionary(known => known, known => known == word ? 1.0 : TypoCredit, StringComparer.Ordinal);

    private static double Credit(Dictionary<string, double> near, string[] example) =>
        example.Select(e => near.GetValueOrDefault(e)).DefaultIfEmpty(0).Max();

    private double WeightOf(string word) => weights.GetValueOrDefault(word, unknownWeight);
}
