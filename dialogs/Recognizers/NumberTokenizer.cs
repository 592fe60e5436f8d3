using System.Globalization;

namespace PuenteBot.Dialogs.Recognizers;

/// <summary>Splits text into <see cref="NumberToken"/>s: numbers in digits, words (looked up in the language's number words) and symbols.</summary>
internal static class NumberTokenizer
{
    private static readonly Dictionary<char, double> VulgarFractions = new()
    {
        ['½'] = 1.0 / 2, ['⅓'] = 1.0 / 3, ['⅔'] = 2.0 / 3, ['¼'] = 1.0 / 4, ['¾'] = 3.0 / 4, ['⅕'] = 1.0 / 5, ['⅖'] = 2.0 / 5, ['⅗'] = 3.0 / 5,
        ['⅘'] = 4.0 / 5, ['⅙'] = 1.0 / 6, ['⅚'] = 5.0 / 6, ['⅛'] = 1.0 / 8, ['⅜'] = 3.0 / 8, ['⅝'] = 5.0 / 8, ['⅞'] = 7.0 / 8,
    };

    public static List<NumberToken> Tokenize(string text, string folded, bool spanish)
    {
        var words = spanish ? SpanishNumberWords.Words : EnglishNumberWords.Words;
        var tokens = new List<NumberToken>();
        var literals = new List<(double Value, int Start, int End)>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                literals.Clear();
                var end = DigitNumber.Read(text, i, spanish, literals);
                if (end == i)
                {
                    var start = i;
                    i = SkipWord(text, i);
                    tokens.Add(new NumberToken(start, i, folded[start..i], null, null));
                    continue;
                }

                tokens.AddRange(literals.Select(l => new NumberToken(l.Start, l.End, folded[l.Start..l.End], null, l.Value)));
                i = end;
            }
            else if (c == (spanish ? ',' : '.') && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                var start = i++;
                i = SkipWord(text, i);
                var digits = text[(start + 1)..i];
                var isNumber = digits.All(char.IsAsciiDigit);
                tokens.Add(new NumberToken(start, i, folded[start..i], null, isNumber ? double.Parse("0." + digits, CultureInfo.InvariantCulture) : null));
            }
            else if (c == '-' && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] == '(') && NextIsDigit(text, i + 1))
            {
                tokens.Add(new NumberToken(i, i + 1, "-", new NumberWord(NumberWordKind.Minus, 0), null));
                i++;
            }
            else if (VulgarFractions.TryGetValue(c, out var fraction))
            {
                tokens.Add(new NumberToken(i, i + 1, c.ToString(), null, fraction));
                i++;
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                i = SkipWord(text, i);
                var word = folded[start..i];
                tokens.Add(new NumberToken(start, i, word, Lookup(words, word, spanish), null));
            }
            else if (c is '-' or ' ' or '\u202f' or '\u00a0' or '\t')
            {
                i++;
            }
            else
            {
                tokens.Add(new NumberToken(i, i + 1, c.ToString(), null, null));
                i++;
            }
        }

        return tokens;
    }

    private static NumberWord? Lookup(Dictionary<string, NumberWord> words, string word, bool spanish)
    {
        if (words.TryGetValue(word, out var found))
        {
            return found;
        }

        if (spanish ? SpanishNumberWords.TryDenominator(word, out var denominator) : EnglishNumberWords.TryCompoundOrdinal(word, out denominator))
        {
            return denominator;
        }

        return null;
    }

    private static bool NextIsDigit(string text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i < text.Length && char.IsAsciiDigit(text[i]);
    }

    private static int SkipWord(string text, int i)
    {
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '\''))
        {
            i++;
        }

        return i;
    }
}
