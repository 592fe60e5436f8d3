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
            if (c is '\'' or '’' && IsContractedAre(folded, i))
            {
                Flush(builder, word);
                builder.Append("are ");
                i += 2;
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

    /// <summary>"we're", "you're", "they're": read as "are", so "we're" is not "were".</summary>
    private static bool IsContractedAre(string folded, int i) =>
        folded.AsSpan(i + 1).StartsWith("re") && (i + 3 >= folded.Length || !char.IsLetter(folded[i + 3]));

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
