namespace PuenteBot.Content.Readability;

/// <summary>
/// Spanish syllables by the spelling rules: every vowel group is one syllable, except that two strong vowels
/// (a, e, o, or an accented í/ú) side by side split into two (hiatus: "dí-a", "le-er"), while a weak vowel
/// (i, u, ü) joins its neighbour (diphthong: "ciu-dad", "fa-mi-lia"). A final "y" after a vowel is a vowel
/// ("hoy", "muy"), and "y" alone is a word of one syllable.
/// </summary>
public static class SpanishSyllables
{
    public static int Count(string word)
    {
        var w = word.ToLowerInvariant();
        var count = 0;
        var previous = '\0';
        for (var i = 0; i < w.Length; i++)
        {
            var c = IsVowel(w, i) ? w[i] : '\0';
            if (c != '\0' && (previous == '\0' || (IsStrong(previous) && IsStrong(c)) || previous == c))
            {
                count++;
            }

            previous = c;
        }

        return Math.Max(w.Any(char.IsLetter) ? 1 : 0, count);
    }

    private static bool IsVowel(string w, int i) => w[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' or 'á' or 'é' or 'í' or 'ó' or 'ú' or 'ü' => true,
        'y' => w.Length == 1 || (i == w.Length - 1 && i > 0 && IsVowel(w, i - 1)),
        _ => false,
    };

    private static bool IsStrong(char c) => c is 'a' or 'e' or 'o' or 'á' or 'é' or 'ó' or 'í' or 'ú';
}
