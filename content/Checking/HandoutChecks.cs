using PuenteBot.Content.Handouts;
using PuenteBot.Content.Readability;
using PuenteBot.Content.Sms;

namespace PuenteBot.Content.Checking;

/// <summary>The checks on one parsed handout; each adds a line naming the handout to the problems it finds.</summary>
internal static class HandoutChecks
{
    public const double MaxEnglishGrade = 7;
    public const double MinSpanishEase = 70;
    public const int MaxSmsSegments = 2;

    public static double EnglishGrade(Handout handout, List<string> problems)
    {
        var grade = ReadabilityFormulas.EnglishGrade(HandoutMarkdown.TextBlocks(HandoutMarkdown.Parse(handout.Markdown)));
        if (grade > MaxEnglishGrade)
        {
            problems.Add($"{Name(handout)}: Flesch–Kincaid grade {grade:0.0}; at most {MaxEnglishGrade}");
        }

        return grade;
    }

    public static double SpanishEase(Handout handout, List<string> problems)
    {
        var ease = ReadabilityFormulas.SpanishEase(HandoutMarkdown.TextBlocks(HandoutMarkdown.Parse(handout.Markdown)));
        if (ease < MinSpanishEase)
        {
            problems.Add($"{Name(handout)}: Fernández-Huerta {ease:0.0}; at least {MinSpanishEase}");
        }

        return ease;
    }

    public static int SmsSegments(Handout handout, List<string> problems)
    {
        var count = Sms.SmsSegments.Count(handout.Sms);
        if (count.Segments > MaxSmsSegments)
        {
            var encoding = count.Encoding == SmsEncoding.Gsm7 ? "GSM-7" : "UCS-2";
            problems.Add($"{Name(handout)}: SMS text takes {count.Segments} segments ({encoding}, {count.Units} units); at most {MaxSmsSegments}");
        }

        return count.Segments;
    }

    public static void Links(Handout handout, IEnumerable<string> existing, List<string> problems)
    {
        var known = existing.ToHashSet(StringComparer.Ordinal);
        foreach (var target in HandoutMarkdown.LinkTargets(HandoutMarkdown.Parse(handout.Markdown)))
        {
            if (HandoutMarkdown.IsHandoutLink(target) && !known.Contains($"{handout.Language}/{target}"))
            {
                problems.Add($"{Name(handout)}: link to '{target}', which is no {handout.Language} handout");
            }
        }
    }

    public static void SameTags(Handout? english, Handout? spanish, List<string> problems)
    {
        if (english is null || spanish is null)
        {
            return;
        }

        if (!english.Topics.Order().SequenceEqual(spanish.Topics.Order())
            || !english.Serves.Order().SequenceEqual(spanish.Serves.Order()))
        {
            problems.Add($"{english.Slug}: topics or serves differ between en and es");
        }
    }

    private static string Name(Handout handout) => $"{handout.Language}/{handout.Slug}";
}
