namespace PuenteBot.Dialogs.Recognizers.Lexicon;

/// <summary>One lexicon file as written in YAML; each file fills the sections it holds.</summary>
internal sealed class LexiconDocument
{
    public Dictionary<string, WordClassEntry> Words { get; set; } = [];

    public List<LexiconEntry> Cues { get; set; } = [];

    public List<LexiconEntry> Urgency { get; set; } = [];

    public List<LexiconEntry> Idioms { get; set; } = [];

    public List<LexiconEntry> Protected { get; set; } = [];
}
