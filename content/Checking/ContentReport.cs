namespace PuenteBot.Content.Checking;

/// <summary>The figures of one slug: English Flesch–Kincaid grade, Spanish Fernández-Huerta, SMS segments.</summary>
public sealed record HandoutScore(string Slug, double? EnglishGrade, double? SpanishEase, int? EnglishSmsSegments, int? SpanishSmsSegments);

/// <summary>What the content check found: a row per slug and every problem, each naming where it is.</summary>
public sealed record ContentReport(IReadOnlyList<HandoutScore> Scores, IReadOnlyList<string> Problems)
{
    public bool Passed => Problems.Count == 0;

    public void WriteTo(TextWriter output)
    {
        output.WriteLine($"{"slug",-40} {"en FK grade",11} {"es F-Huerta",11} {"en SMS",6} {"es SMS",6}");
        foreach (var s in Scores)
        {
            output.WriteLine($"{s.Slug,-40} {Figure(s.EnglishGrade),11} {Figure(s.SpanishEase),11} {s.EnglishSmsSegments?.ToString() ?? "-",6} {s.SpanishSmsSegments?.ToString() ?? "-",6}");
        }

        output.WriteLine();
        output.WriteLine(Passed
            ? $"Content check passed: {Scores.Count} handouts in both languages."
            : $"Content check failed with {Problems.Count} problem(s):");
        foreach (var problem in Problems)
        {
            output.WriteLine($"  - {problem}");
        }
    }

    private static string Figure(double? value) =>
        value?.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) ?? "-";
}
