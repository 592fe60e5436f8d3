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
/// Deterministic, and a few microseconds a message (docs/questions.md has its measured precision).
/// </summary>
public sealed class QuestionMatcher
{
    public const double Threshold = 0.52;
    public const double TypoCredit = 0.8;

    /// <summary>An example of more words is close only when two of them stand in the message ("what time is it" is not "what time do you open").</summary>
    public const int MinWordsMatched = 2;
    private const int TypoMinLength = 5;

    private readonly List<(string Id, string Text, string[] Words)> examples;
    private readonly Dictionary<string, double> weights;
    private readonly Dictionary<string, string[]> vocabulary;
    private readonly double unknownWeight;

    public QuestionMatcher(AnswerSet answers)
    {
        examples = [.. answers.All.SelectMany(a => a.Questions.Select(q => (a.Id, q, QuestionWords.Content(q).ToArray())))];
        var frequency = examples.SelectMany(e => e.Words).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        weights = frequency.ToDictionary(f => f.Key, f => Weight(f.Value), StringComparer.Ordinal);
        vocabulary = examples.GroupBy(e => e.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Words).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        unknownWeight = Weight(1);
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
        QuestionMatch? best = null;
        foreach (var (id, example, theirs) in examples.Where(e => Matched(words, e.Words) >= Math.Min(MinWordsMatched, e.Words.Length)))
        {
            var overlap = words.Sum(w => Credit(w, theirs) * WeightOf(w));
            var dice = 2 * overlap / (mine + theirs.Sum(WeightOf));
            var covered = words.Sum(w => Credit(w, vocabulary[id]) * WeightOf(w)) / mine;
            var score = (dice + covered) / 2;
            if (best is null || score > best.Score)
            {
                best = new QuestionMatch(id, score, example);
            }
        }

        return best;
    }

    private static int Matched(IReadOnlyList<string> words, string[] example) => words.Count(w => Credit(w, example) > 0);

    private double WeightOf(string word) => weights.GetValueOrDefault(word, unknownWeight);

    private double Weight(int frequency) => Math.Log(1 + (double)examples.Count / frequency);

    private static double Credit(string word, string[] example)
    {
        if (example.Contains(word, StringComparer.Ordinal))
        {
            return 1;
        }

        return word.Length >= TypoMinLength && example.Any(e => e.Length >= TypoMinLength && EditDistance.Within(word, e, 1)) ? TypoCredit : 0;
    }
}
