using System.Text;

namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// A message reduced to plain words for the lexicons: folded, punctuation removed (apostrophes dropped, so
/// "don't" is "dont"), letters stretched for emphasis squeezed ("noooo" is "no"), SMS shorthand spelled out.
/// The words are joined by single spaces with a space at each end, so a lexicon can anchor on " word "; a clause
/// break (. , ; : ! ?) is kept as the word ".", so that a phrase does not run across two clauses, and the text
/// always ends with one, so a phrase can ask for the end of a clause with " \.".
/// </summary>
public static class NormalizedText
{
    public static string Of(string? text)
    {
        var folded = TextNormalizer.Fold(text);
        var builder = new StringBuilder(folded.Length + 16).Append(' ');
        var word = new StringBuilder(16);
        var run = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (c is '\'' or '’' && Contraction(folded, i) is { } spelled)
            {
                Flush(builder, word);
                builder.Append(spelled.Word).Append(' ');
                i += spelled.Length;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                run = word.Length > 0 && word[^1] == c ? run + 1 : 1;
                if (run < 3)
                {
                    word.Append(c);
                }
                else if (run == 3)
                {
                    word.Length -= 1;
                }
            }
            else if (c is not ('\'' or '’'))
            {
                Flush(builder, word);
                if (c is '.' or ',' or ';' or ':' or '!' or '?' or '¡' or '¿' && builder.Length > 1 && builder[^2] != '.')
                {
                    builder.Append(". ");
                }
            }
        }

        Flush(builder, word);
        if (builder.Length < 2 || builder[^2] != '.')
        {
            builder.Append(". ");
        }

        return builder.ToString();
    }

    /// <summary>The words of <see cref="Of"/>, without the padding.</summary>
    public static string[] Words(string? text) => WordsOf(Of(text));

    /// <summary>The words of text already normalized.</summary>
    public static string[] WordsOf(string normalized) =>
        normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != ".").ToArray();

    /// <summary>
    /// "we're", "he'll": read as "are", "will", so "we're" is not "were" and "he'll" not "hell" ("'d" stays joined:
    /// other recognizers know "id rather not"; <see cref="SmsSpelling"/> spells out "hed"). The length is the letters
    /// after the apostrophe.
    /// </summary>
    private static (string Word, int Length)? Contraction(string folded, int i)
    {
        var after = folded.AsSpan(i + 1);
        var (word, length) = after.StartsWith("re") ? ("are", 2)
            : after.StartsWith("ll") && AfterPronoun(folded, i) ? ("will", 2)
            : (null, 0);
        return word is not null && (i + length + 1 >= folded.Length || !char.IsLetter(folded[i + length + 1])) ? (word, length) : null;
    }

    /// <summary>Whether the word before the apostrophe is a pronoun, so "Bill'll" is left alone.</summary>
    private static bool AfterPronoun(string folded, int i)
    {
        var start = i;
        while (start > 0 && char.IsLetter(folded[start - 1]))
        {
            start--;
        }

        return Pronouns.Contains(folded[start..i]);
    }

    private static readonly HashSet<string> Pronouns = ["i", "you", "he", "she", "it", "we", "they", "that", "who", "there"];

    private static void Flush(StringBuilder builder, StringBuilder word)
    {
        if (word.Length == 0)
        {
            return;
        }

        var token = word.ToString();
        word.Clear();
        builder.Append(SmsSpelling.Expand(token)).Append(' ');
    }
}
