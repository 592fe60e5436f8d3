using System.Text.RegularExpressions;

namespace PuenteBot.Content.Readability;

/// <summary>
/// An estimate of English syllables by spelling: groups of vowels, less a silent final "e" and the "-es"/"-ed"
/// endings that add no sound ("takes", "helped", but not "places", "wanted"), plus the vowel pairs that are
/// usually said as two ("vi-de-o", "i-de-a", "be-ing", "qui-et", "u-su-al"). Good enough for grade levels.
/// </summary>
public static partial class EnglishSyllables
{
    public static int Count(string word)
    {
        var w = new string(word.ToLowerInvariant().Where(char.IsLetter).ToArray());
        if (w.Length == 0)
        {
            return 0;
        }

        var groups = 0;
        for (var i = 0; i < w.Length; i++)
        {
            if (IsVowel(w, i) && (i == 0 || !IsVowel(w, i - 1)))
            {
                groups++;
            }
        }

        if (groups > 1 && HasSilentEnding(w))
        {
            groups--;
        }

        return Math.Max(1, groups + TwoSoundVowels().Count(w));
    }

    private static bool IsVowel(string w, int i) => w[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => true,
        'y' => i > 0,
        _ => false,
    };

    private static bool HasSilentEnding(string w)
    {
        if (w.EndsWith('e'))
        {
            var consonantLe = w.Length > 2 && w[^2] == 'l' && !IsVowel(w, w.Length - 3);
            return !IsVowel(w, w.Length - 2) && !consonantLe;
        }

        if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 3)
        {
            return w[^3] is not ('t' or 'd');
        }

        if (w.EndsWith("es", StringComparison.Ordinal) && w.Length > 3)
        {
            return w[^3] is not ('s' or 'x' or 'z' or 'c' or 'g' or 'h') && !IsVowel(w, w.Length - 3);
        }

        return false;
    }

    /// <summary>Vowel pairs inside one group that are said as two syllables.</summary>
    [GeneratedRegex("[aeiouy]ing$|(?<![ctsg])ia|(?<!p)eo(?!n)|(?<=.[^aeiou])ea$|(?<![qg])ua|iet|(?<![ctxg])iou|[^aeiou]ie(?:r|st)$")]
    private static partial Regex TwoSoundVowels();
}
