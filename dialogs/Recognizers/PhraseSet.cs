using System.Text.RegularExpressions;

namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// A set of phrases matched as whole words against <see cref="NormalizedText"/>. Each lexicon writes its phrases as
/// one regular expression <c>" (?:phrase|phrase|…) "</c> over words in lower case without accents, taking the
/// spaces on both sides so a phrase starts and ends on whole words. It runs on the non-backtracking engine: time
/// linear in the message however many phrases the set holds, and cheap to build.
/// </summary>
public sealed class PhraseSet(string pattern)
{
    private readonly Regex regex = new(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>The first phrase found in normalized text, or null.</summary>
    public PhraseMatch? Find(string normalized)
    {
        var match = regex.Match(normalized);
        return match.Success ? Found(match) : null;
    }

    public bool IsFoundIn(string normalized) => regex.IsMatch(normalized);

    /// <summary>The text with every phrase found replaced by a clause break.</summary>
    public string Blank(string normalized) => regex.Replace(normalized, " . ");

    /// <summary>Every phrase found, left to right; a phrase may start on the space that ended the one before.</summary>
    public IEnumerable<PhraseMatch> FindAll(string normalized)
    {
        for (var match = regex.Match(normalized); match.Success; match = regex.Match(normalized, match.Index + match.Length - 1))
        {
            yield return Found(match);
        }
    }

    private static PhraseMatch Found(Match match) => new(match.Index + 1, match.Value[1..^1]);
}
