using System.Text.RegularExpressions;
using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.Llm;

/// <summary>
/// The check every model answer passes before a family sees it; any problem and the authored reply is used instead.
/// The answer must show no risk (the same risk check as family messages), name no medicine (<c>Medications.txt</c>)
/// and no dose, not say what a child has ("he probably has ADHD"), name no condition a retrieved passage does not
/// (<c>Diagnoses.txt</c>), and promise nothing the passages do not say the words of (<c>Promises.txt</c>: "free", "we'll call you").
/// </summary>
public sealed partial class AnswerGuard(RiskDecider risk)
{
    private static readonly HashSet<string> Medicines = LlmData.Words("Medications.txt").ToHashSet(StringComparer.Ordinal);
    private static readonly string[] Conditions = [.. LlmData.Lines("Diagnoses.txt")];
    private static readonly string[] Promises = [.. LlmData.Lines("Promises.txt")];

    /// <summary>What is wrong with <paramref name="answer"/> (risk, medication, dose, diagnosis, promise), or null when nothing is.</summary>
    /// <param name="passages">The words the answer may rest on.</param>
    public string? Problem(string answer, string passages)
    {
        if (risk.Assess(answer).Level != RiskLevel.None)
        {
            return "risk";
        }

        var words = Folded(answer);
        var source = Folded(passages);
        return words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(Medicines.Contains) ? "medication"
            : Dose().IsMatch(words) ? "dose"
            : Diagnosing().IsMatch(words) || Conditions.Any(c => Has(words, c) && !Has(source, c)) ? "diagnosis"
            : Promises.Any(p => Has(words, p) && !Supported(source, p)) ? "promise"
            : null;
    }

    /// <summary>Lower case, accents folded, every run of other characters one space, a space at each end ("100%" keeps its sign).</summary>
    private static string Folded(string text) => " " + Spaces().Replace(TextNormalizer.Fold(text), " ").Trim() + " ";

    /// <summary>The passages say the promise's words themselves ("free" in "a free interpreter" supports "it is free").</summary>
    private static bool Supported(string source, string phrase) =>
        phrase.Split(' ').Where(w => w.Length > 3).DefaultIfEmpty(phrase).All(w => Has(source, w));

    private static bool Has(string folded, string phrase) => folded.Contains(" " + phrase + " ", StringComparison.Ordinal);

    [GeneratedRegex(@" \d+(?: \d+)? ?(?:mg|mcg|ml|milligrams?|miligramos?|gotas|drops|pills?|pastillas?|tabletas?|tablets?|capsules?|capsulas?) |(?: dose| doses| dosage| dosis)(?= )", RegexOptions.CultureInvariant, 200)]
    private static partial Regex Dose();

    [GeneratedRegex(@" (?:he|she|they|your (?:son|daughter|child|kid)|su (?:hijo|hija|nino|nina)) (?:probably |may |might |likely |could |seems to |appears to )?(?:has|have|had|is|be) (?:a |an )?(?:adhd|add|autism|autistic|bipolar|depressed|ocd|ptsd|odd|anxiety|depression|schizophrenic|psychotic) | (?:sounds|seems|looks) like (?:adhd|autism|bipolar|depression|anxiety|ocd|ptsd|odd) | (?:tiene|padece|sufre de|parece tener|podria tener|puede tener|es) (?:un |una )?(?:tdah|autismo|autista|bipolar|depresion|ansiedad|toc|tept|trastorno|esquizofrenia) ", RegexOptions.CultureInvariant, 200)]
    private static partial Regex Diagnosing();

    [GeneratedRegex(@"[^\p{L}\p{N}%]+", RegexOptions.CultureInvariant, 200)]
    private static partial Regex Spaces();
}
