namespace PuenteBot.Dialogs.Recognizers.Lexicon;

/// <summary>
/// One entry of a lexicon file as written in YAML: a danger cue (with <see cref="Kind"/> and <see cref="Level"/>),
/// a sign of urgency, an idiom, or a protected phrase (with <see cref="Kind"/>). See <c>docs/recognizers.md</c>, "Lexicon".
/// </summary>
internal sealed class LexiconEntry
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Level { get; set; }

    public string? Language { get; set; }

    public string? Pattern { get; set; }

    public List<string> Examples { get; set; } = [];

    public List<string> Not { get; set; } = [];

    public string? Reviewer { get; set; }

    public string? Reviewed { get; set; }

    public string? Note { get; set; }
}
