namespace PuenteBot.Content.Readability;

/// <summary>
/// An estimate of English syllables by spelling: groups of vowels, less a silent final "e" and the "-es"/"-ed"
/// endings that add no sound ("takes", "helped", but not "places", "wanted"). Good enough for grade levels.
/// </summary>
public static class EnglishSyllables
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

        return Math.Max(1, groups);
    }

    private static bool IsVowel(string w, int i) => w[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => true,
        'y' => i > 0,
        _ => false,
    };

    private static bool HasSilentEnding(string w)
    {
        var beforeLast = w.Length >= 2 ? w[^2] : ' ';
        if (w.EndsWith('e'))
        {
            return !IsVowel(w, w.Length - 2) && !(beforeLast == 'l' && w.Length > 2 && !IsVowel(w, w.Length - 3));
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
}
