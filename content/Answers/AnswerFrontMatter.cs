namespace PuenteBot.Content.Answers;

/// <summary>The YAML front matter of an answer as written; <see cref="AnswerParser"/> checks it.</summary>
internal sealed class AnswerFrontMatter
{
    public string? Id { get; set; }
    public List<string>? Questions { get; set; }
    public string? Handout { get; set; }
    public string? Reviewer { get; set; }
    public string? Reviewed { get; set; }
    public string? Status { get; set; }
    public string? Clinic { get; set; }
    public string? Unknown { get; set; }
}
