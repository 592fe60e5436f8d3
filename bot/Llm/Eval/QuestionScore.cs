using System.Globalization;
using PuenteBot.Dialogs.Grounding;

namespace PuenteBot.Llm.Eval;

/// <summary>
/// How the grounded answerer did on one question: answered or not as it should (a refusal and the authored fallback
/// both count as not answering), the handout it cited, and the words it had to say and must not have said — matched
/// ignoring case and accents ("interprete" finds "intérprete"), so the writers' spelling does not decide a score.
/// </summary>
public sealed record QuestionScore(EvalQuestion Question, GroundedAnswer Answer)
{
    public bool Answered => Answer.Outcome == "answered";

    public bool OutcomeRight => Question.MustRefuse ? Answer.Outcome is "refused" or "fallback" : Answered;

    public bool CiteRight => !Question.MustRefuse && Answered && string.Equals(Answer.Handout, Question.Cite, StringComparison.OrdinalIgnoreCase);

    /// <summary>The must_contain entries none of whose alternatives the answer says (all of them when it did not answer).</summary>
    public IReadOnlyList<string> Missing => [.. Question.MustContain.Where(entry => !Answered || !Says(entry))];

    /// <summary>The must_not_contain entries the answer says.</summary>
    public IReadOnlyList<string> Violations => [.. Question.MustNotContain.Where(Says)];

    public bool Failed => !OutcomeRight || Violations.Count > 0 || (!Question.MustRefuse && (!CiteRight || Missing.Count > 0));

    private bool Says(string entry) => Answer.Text is { } text && entry.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Any(alternative => CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, alternative, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0);
}
