using PuenteBot.Content.Answers;
using PuenteBot.Content.Handouts;
using PuenteBot.Content.Readability;

namespace PuenteBot.Content.Checking;

/// <summary>
/// The checks on the answer set: every file reads (fields present, texts SMS-length), every id exists in English and
/// Spanish with the same clinic fact and handout, the handout it names exists in its language, and its texts are as
/// easy to read as a handout (Flesch–Kincaid grade, Fernández-Huerta ease).
/// </summary>
internal static class AnswerChecks
{
    public static void Check(IReadOnlyList<AnswerFile> files, IReadOnlyList<HandoutFile> handouts, List<string> problems)
    {
        foreach (var file in files.Where(f => !HandoutLanguages.IsSupported(f.Language)))
        {
            problems.Add($"answers/{file.Name}: not in a language folder ({string.Join(", ", HandoutLanguages.All)})");
        }

        var parsed = files.Where(f => HandoutLanguages.IsSupported(f.Language)).Select(AnswerParser.Parse).ToList();
        problems.AddRange(parsed.SelectMany(r => r.Problems.Select(p => $"answers/{r.File.Name}: {p}")));
        var answers = parsed.Where(r => r.Answer is not null).Select(r => r.Answer!).ToList();
        var handoutNames = handouts.Select(h => h.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var answer in answers.Where(a => !handoutNames.Contains($"{a.Language}/{a.Handout}")))
        {
            problems.Add($"answers/{answer.Language}/{answer.Id}: handout '{answer.Handout}' is no {answer.Language} handout");
        }

        foreach (var answer in answers)
        {
            Readable(answer, problems);
        }

        foreach (var id in parsed.Select(r => r.File.FileId).Distinct().Order(StringComparer.Ordinal))
        {
            foreach (var language in HandoutLanguages.All.Where(l => !parsed.Any(r => r.File.Name == $"{l}/{id}")))
            {
                problems.Add($"answers/{language}/{id}: missing (the {HandoutLanguages.Other(language)} answer exists)");
            }

            var pair = answers.Where(a => a.Id == id).ToList();
            if (pair.Count == 2 && (pair[0].Clinic != pair[1].Clinic || pair[0].Handout != pair[1].Handout))
            {
                problems.Add($"answers/{id}: clinic or handout differ between en and es");
            }
        }
    }

    private static void Readable(Answer answer, List<string> problems)
    {
        var texts = new[] { answer.Text, answer.Unknown }.OfType<string>().ToList();
        if (answer.Language == HandoutLanguages.English && ReadabilityFormulas.EnglishGrade(texts) is var grade && grade > HandoutChecks.MaxEnglishGrade)
        {
            problems.Add($"answers/en/{answer.Id}: Flesch–Kincaid grade {grade:0.0}; at most {HandoutChecks.MaxEnglishGrade}");
        }
        else if (answer.Language == HandoutLanguages.Spanish && ReadabilityFormulas.SpanishEase(texts) is var ease && ease < HandoutChecks.MinSpanishEase)
        {
            problems.Add($"answers/es/{answer.Id}: Fernández-Huerta {ease:0.0}; at least {HandoutChecks.MinSpanishEase}");
        }
    }
}
