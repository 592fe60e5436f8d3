namespace PuenteBot.Dialogs.Recognizers.Lexicon;

/// <summary>A word class as written in <c>words.yaml</c>: what it stands for and its words (each a small pattern).</summary>
internal sealed class WordClassEntry
{
    public string? Means { get; set; }

    public List<string> Words { get; set; } = [];
}
