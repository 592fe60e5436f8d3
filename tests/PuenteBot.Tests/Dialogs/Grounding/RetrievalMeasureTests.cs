using PuenteBot.Content.Answers;
using PuenteBot.Content.Retrieval;
using PuenteBot.Dialogs.Clinic;
using PuenteBot.Dialogs.Grounding;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Tests.Dialogs.Questions;

namespace PuenteBot.Tests.Dialogs.Grounding;

/// <summary>
/// How often the search puts the right answer, or the handout it cites, first and in the top three (the figures in
/// docs/questions.md). The answer set's own examples are indexed, so that figure is in-sample; the matcher's held-out
/// and unseen questions were never indexed nor used to choose anything here.
/// </summary>
public class RetrievalMeasureTests(ITestOutputHelper output)
{
    private static readonly ClinicKnowledge Knowledge = ClinicKnowledgeTests.Knowledge(new ClinicOptions { Phone = "(555) 010-0199" });
    private static readonly LanguageRecognizer Languages = new();

    [Fact]
    public void The_answer_sets_own_examples_find_their_answer()
    {
        var examples = AnswerSet.Embedded.All.SelectMany(a => a.Questions.Select(q => (q, a.Language, a.Id))).ToList();
        var (top1, top3) = Measure("answer-set examples (in-sample)", examples);
        Assert.True(top1 >= 0.9 && top3 >= 0.97, $"top-1 {top1:0.000}, top-3 {top3:0.000}");
    }

    [Fact]
    public void Questions_written_apart_from_the_answer_set_find_their_answer()
    {
        var asked = HeldOutQuestions.All.Concat(UnseenQuestions.All)
            .Where(q => q.Answer is not null)
            .Select(q => (q.Text, Languages.Detect(q.Text).Language ?? "en", q.Answer!))
            .ToList();
        var (top1, top3) = Measure("held-out and unseen questions", asked);
        Assert.True(top1 >= 0.7 && top3 >= 0.85, $"top-1 {top1:0.000}, top-3 {top3:0.000}");
    }

    private (double Top1, double Top3) Measure(string name, List<(string Text, string Language, string Answer)> questions)
    {
        var (all1, all3) = (0, 0);
        foreach (var group in questions.GroupBy(q => q.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var (top1, top3) = (0, 0);
            foreach (var (text, language, id) in group)
            {
                var handout = AnswerSet.Embedded.Find(language, id)!.Handout;
                var found = Knowledge.Index.Search(text, language);
                var rank = found.ToList().FindIndex(p => Hits(p.Document, id, handout));
                top1 += rank == 0 ? 1 : 0;
                top3 += rank >= 0 ? 1 : 0;
                output.WriteLine($"{(rank == 0 ? "1    " : rank > 0 ? $"{rank + 1}    " : "MISS ")} {language} {id} <- {text} => {string.Join(", ", found.Select(p => $"{p.Document.Source}:{p.Document.Id}"))}");
            }

            output.WriteLine($"{name}, {group.Key}: top-1 {top1}/{group.Count()} ({(double)top1 / group.Count():0.000}), top-3 {top3}/{group.Count()} ({(double)top3 / group.Count():0.000})");
            (all1, all3) = (all1 + top1, all3 + top3);
        }

        return ((double)all1 / questions.Count, (double)all3 / questions.Count);
    }

    /// <summary>The answer itself, or a passage of the handout it cites.</summary>
    private static bool Hits(KnowledgeDocument document, string answer, string handout) =>
        document.Source == KnowledgeDocument.AnswerSource ? document.Id == answer : document.Id == handout;
}
