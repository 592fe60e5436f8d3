using System.Globalization;
using Markdig.Extensions.Yaml;
using PuenteBot.Content.Handouts;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PuenteBot.Content.Answers;

/// <summary>The outcome of reading one answer file: the answer, or what is wrong with it.</summary>
public sealed record AnswerParseResult(AnswerFile File, Answer? Answer, IReadOnlyList<string> Problems);

/// <summary>
/// Reads an answer file: front matter with YamlDotNet (unknown keys are errors), then the answer's text. An answer is
/// sent as one message, so its text (and the text said when a clinic fact is not configured) fits an SMS-length
/// <see cref="MaxLength"/>; it lists at least <see cref="MinQuestions"/> example questions for the matcher.
/// </summary>
public static class AnswerParser
{
    public const int MaxLength = 300;
    public const int MinQuestions = 5;
    public const string PendingClinicalReview = "pending clinical review";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static AnswerParseResult Parse(AnswerFile file)
    {
        if (HandoutMarkdown.Parse(file.Text).FirstOrDefault() is not YamlFrontMatterBlock block)
        {
            return new(file, null, ["no YAML front matter at the top"]);
        }

        AnswerFrontMatter front;
        try
        {
            front = Yaml.Deserialize<AnswerFrontMatter>(block.Lines.ToString()) ?? new AnswerFrontMatter();
        }
        catch (YamlException e)
        {
            return new(file, null, [$"front matter is not valid: {e.Message}"]);
        }

        var text = file.Text[(block.Span.End + 1)..].Trim();
        var problems = Check(front, file.FileId, text);
        return problems.Count > 0
            ? new(file, null, problems)
            : new(file, new Answer(
                file.Language,
                front.Id!,
                [.. front.Questions!.Select(q => q.Trim())],
                front.Handout!,
                front.Reviewer!,
                ParseDate(front.Reviewed)!.Value,
                front.Status is not null,
                front.Clinic,
                text,
                front.Unknown?.Trim()), problems);
    }

    private static List<string> Check(AnswerFrontMatter f, string fileId, string text)
    {
        var problems = new List<string>();
        void Require(string? value, string name)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"front matter lacks '{name}'");
            }
        }

        Require(f.Id, "id");
        Require(f.Handout, "handout");
        Require(f.Reviewer, "reviewer");
        if (f.Id is not null && f.Id != fileId)
        {
            problems.Add($"id '{f.Id}' differs from the file name '{fileId}'");
        }

        if ((f.Questions?.Count(q => !string.IsNullOrWhiteSpace(q)) ?? 0) < MinQuestions)
        {
            problems.Add($"front matter lists fewer than {MinQuestions} example questions");
        }

        if (ParseDate(f.Reviewed) is null)
        {
            problems.Add("front matter lacks 'reviewed' as a date (yyyy-mm-dd)");
        }

        if (f.Status is not null && f.Status != PendingClinicalReview)
        {
            problems.Add($"status '{f.Status}': the only status is '{PendingClinicalReview}'");
        }

        CheckText(text, "text", problems);
        CheckClinic(f, text, problems);
        return problems;
    }

    private static void CheckClinic(AnswerFrontMatter f, string text, List<string> problems)
    {
        if (f.Clinic is null)
        {
            if (f.Unknown is not null || text.Contains("{0}", StringComparison.Ordinal))
            {
                problems.Add("'unknown' and {0} belong to clinic facts only (set 'clinic')");
            }

            return;
        }

        if (!AnswerClinicFacts.All.Contains(f.Clinic, StringComparer.Ordinal))
        {
            problems.Add($"clinic '{f.Clinic}' is not a clinic fact ({string.Join(", ", AnswerClinicFacts.All)})");
        }

        if (f.Clinic != AnswerClinicFacts.VideoVisits && !text.Contains("{0}", StringComparison.Ordinal))
        {
            problems.Add($"the text of clinic fact '{f.Clinic}' has no {{0}} for its value");
        }

        CheckText(f.Unknown, "unknown", problems);
    }

    private static void CheckText(string? text, string name, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add($"'{name}' is empty");
        }
        else if (text.Length > MaxLength)
        {
            problems.Add($"'{name}' has {text.Length} characters; at most {MaxLength}");
        }
    }

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
