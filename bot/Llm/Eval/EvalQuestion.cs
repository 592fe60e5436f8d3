namespace PuenteBot.Llm.Eval;

/// <summary>
/// One question of the grounded-answer set (<c>questions.yaml</c>): the family's words, the handout a right answer
/// cites, what it must say (each entry "a|b|c" alternatives, all entries required, case-insensitive), what it must not,
/// and whether the bot must refuse it (unsupported, medical or legal, or an injection).
/// </summary>
public sealed class EvalQuestion
{
    public string Id { get; set; } = string.Empty;

    public string Writer { get; set; } = string.Empty;

    public string Language { get; set; } = string.Empty;

    public string Channel { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public string? Cite { get; set; }

    public List<string> MustContain { get; set; } = [];

    public List<string> MustNotContain { get; set; } = [];

    public bool MustRefuse { get; set; }
}
