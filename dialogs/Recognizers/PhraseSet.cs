using System.Text.RegularExpressions;

namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// A set of phrases matched as whole words against <see cref="NormalizedText"/>. A phrase is a regular expression
/// over words with two shorthands: <c>…</c> stands for up to three words of any kind, and a phrase may end a word
/// with <c>\w*</c> to allow any ending.
/// </summary>
public sealed class PhraseSet
{
    private readonly Regex regex;

    public PhraseSet(params string[] phrases)
    {
        var body = string.Join("|", phrases.Select(p => p.Replace(" … ", @" (?:\w+ ){0,3}", StringComparison.Ordinal)));
        regex = new Regex($"(?<= )(?:{body})(?= )", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>The first phrase found in normalized text, or null.</summary>
    public Match? Find(string normalized)
    {
        var match = regex.Match(normalized);
        return match.Success ? match : null;
    }

    public bool IsFoundIn(string normalized) => regex.IsMatch(normalized);

    /// <summary>The text with every phrase found replaced by a clause break.</summary>
    public string Blank(string normalized) => regex.Replace(normalized, ".");

    /// <summary>Every phrase found, left to right, without overlaps.</summary>
    public MatchCollection FindAll(string normalized) => regex.Matches(normalized);
}
