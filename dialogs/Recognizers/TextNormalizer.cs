using System.Globalization;
using System.Text;

namespace PuenteBot.Dialogs.Recognizers;

/// <summary>Folds text for matching: lower case, no accents, single spaces.</summary>
public static class TextNormalizer
{
    /// <summary>
    /// A whole message folded for a phrase that must be all of it (opt-out, deletion requests): <see cref="Fold"/>,
    /// curly apostrophes made straight, and the punctuation around it dropped.
    /// </summary>
    public static string FoldWhole(string? text) => Fold(text).Replace('’', '\'').Trim('.', '!', '¡', '?', '¿', ',', ' ');

    /// <summary>The language of a whole-message phrase (<see cref="FoldWhole"/>): English, Spanish, or null when neither pattern is all of it.</summary>
    public static string? LanguageOfWhole(string? text, System.Text.RegularExpressions.Regex english, System.Text.RegularExpressions.Regex spanish)
    {
        var folded = FoldWhole(text);
        return english.IsMatch(folded) ? Languages.English
            : spanish.IsMatch(folded) ? Languages.Spanish
            : null;
    }

    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var lastWasSpace = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            builder.Append(FoldChar(c));
            lastWasSpace = false;
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>
    /// Folds each character on its own (lower case, accent dropped), so the result has the same length as the input
    /// and positions found in it are positions in the original text.
    /// </summary>
    public static string FoldInPlace(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsWhiteSpace(source[i]) ? ' ' : FoldChar(source[i]);
            }
        });
    }

    /// <summary>One character in lower case without its accent (é → e, Ñ → n); other characters unchanged.</summary>
    public static char FoldChar(char c) => c < LatinFolds.Length ? LatinFolds[c] : char.ToLowerInvariant(c);

    private static readonly char[] LatinFolds = BuildLatinFolds();

    /// <summary>The folds of the Latin letters (up to Latin Extended-B), worked out once.</summary>
    private static char[] BuildLatinFolds()
    {
        var folds = new char[0x250];
        for (var i = 0; i < folds.Length; i++)
        {
            var c = (char)i;
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var hasMark = decomposed.Length > 1 && CharUnicodeInfo.GetUnicodeCategory(decomposed[1]) == UnicodeCategory.NonSpacingMark;
            folds[i] = char.ToLowerInvariant(hasMark ? decomposed[0] : c);
        }

        return folds;
    }
}
