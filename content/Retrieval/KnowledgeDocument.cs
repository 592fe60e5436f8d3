namespace PuenteBot.Content.Retrieval;

/// <summary>
/// One searchable text from the clinic's own content, for answers grounded in it. <see cref="Source"/> is
/// <c>handout</c> (one section of a handout) or <c>answer</c> (one authored answer); <see cref="Id"/> the handout
/// slug or the answer id; <see cref="Handout"/> the slug it cites (an answer's own <c>handout</c>, a handout's own
/// slug); <see cref="Link"/> that handout's page path (<c>/handouts/{lang}/{slug}</c>), or null when there is none.
/// <see cref="Questions"/> are the ways caregivers ask for it (an answer's authored examples): searched, never shown.
/// </summary>
public sealed record KnowledgeDocument(string Source, string Id, string Language, string Title, string Text, string Handout, string? Link)
{
    public const string HandoutSource = "handout";

    public const string AnswerSource = "answer";

    public IReadOnlyList<string> Questions { get; init; } = [];
}
