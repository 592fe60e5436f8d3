namespace PuenteBot.Dialogs.Recognizers.Lexicon;

/// <summary>
/// A checked lexicon entry with its pattern compiled: a cue (<see cref="Kind"/> and <see cref="Level"/>), a sign of
/// urgency, an idiom, or a protected phrase (<see cref="Kind"/>, read as possible), with the examples a test holds it to.
/// </summary>
internal sealed class LexiconRule(string id, string section, string file, LexiconEntry entry, RiskLevel level, string regex)
{
    private PhraseSet? phrases;

    public string Id => id;

    /// <summary>cues, urgency, idioms or protected.</summary>
    public string Section => section;

    public string File => file;

    public string? Kind => entry.Kind;

    public RiskLevel Level => level;

    public string Language => entry.Language!;

    /// <summary>The compiled pattern: whole words, each followed by its space.</summary>
    public string Regex => regex;

    public IReadOnlyList<string> Examples => entry.Examples;

    public IReadOnlyList<string> Not => entry.Not;

    /// <summary>This entry alone, as a phrase set over normalized text.</summary>
    public PhraseSet Phrases => phrases ??= new PhraseSet($" {regex} ");

    public override string ToString() => id;
}
