using PuenteBot.Content.Handouts;

namespace PuenteBot.Content.Checking;

/// <summary>
/// The content check behind <c>content check</c>: every handout and UI string exists in English and Spanish, front
/// matter is complete, SMS texts fit in two segments, links between handouts resolve, and the text is easy to read.
/// </summary>
public static class ContentChecker
{
    public static ContentReport Check(ContentSet content)
    {
        var problems = new List<string>();
        foreach (var file in content.Handouts.Where(f => !HandoutLanguages.IsSupported(f.Language)))
        {
            problems.Add($"{file.Name}: not in a language folder ({string.Join(", ", HandoutLanguages.All)})");
        }

        var files = content.Handouts.Where(f => HandoutLanguages.IsSupported(f.Language)).ToList();
        var parsed = files.Select(HandoutParser.Parse).ToList();
        problems.AddRange(parsed.SelectMany(r => r.Problems.Select(p => $"{r.File.Name}: {p}")));
        var handouts = parsed.Where(r => r.Handout is not null).ToDictionary(r => r.File.Name, r => r.Handout!);

        var scores = new List<HandoutScore>();
        foreach (var slug in files.Select(f => f.FileSlug).Distinct().Order(StringComparer.Ordinal))
        {
            foreach (var language in HandoutLanguages.All.Where(l => !files.Any(f => f.Name == $"{l}/{slug}")))
            {
                problems.Add($"{language}/{slug}: missing (the {HandoutLanguages.Other(language)} handout exists)");
            }

            var english = handouts.GetValueOrDefault($"{HandoutLanguages.English}/{slug}");
            var spanish = handouts.GetValueOrDefault($"{HandoutLanguages.Spanish}/{slug}");
            scores.Add(new HandoutScore(
                slug,
                english is null ? null : HandoutChecks.EnglishGrade(english, problems),
                spanish is null ? null : HandoutChecks.SpanishEase(spanish, problems),
                english is null ? null : HandoutChecks.SmsSegments(english, problems),
                spanish is null ? null : HandoutChecks.SmsSegments(spanish, problems)));
            HandoutChecks.SameTags(english, spanish, problems);
        }

        foreach (var handout in handouts.Values)
        {
            HandoutChecks.Links(handout, handouts.Keys, problems);
        }

        AnswerChecks.Check(content.Answers, content.Handouts, problems);
        StringChecks.Check(content.Strings, problems);
        return new ContentReport(scores, problems);
    }
}
