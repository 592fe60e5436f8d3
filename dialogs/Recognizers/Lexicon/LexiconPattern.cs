using System.Globalization;
using System.Text;

namespace PuenteBot.Dialogs.Recognizers.Lexicon;

/// <summary>
/// Turns the pattern of a lexicon entry into a regular expression over <see cref="NormalizedText"/>. The syntax
/// (documented at the top of each lexicon file and in docs/recognizers.md, "Lexicon"): words in a row; <c>*</c>
/// after a word for any ending and alone for any one word; <c>#</c> for a digit; <c>(a|b c)</c> one of;
/// <c>[a|b]</c> optional; <c>{class}</c> a word class; <c>...N</c> up to N other words in the clause (<c>...</c> is
/// three) and <c>~N</c> up to N across clauses; <c>.</c> the end of a clause; <c>|</c> outside brackets separates
/// alternatives. Words are joined by single spaces, so a set of patterns is <c>" (?:…|…) "</c> as in every lexicon.
/// </summary>
internal sealed class LexiconPattern
{
    private const int DefaultGap = 3;
    private const int MaxGap = 8;

    private readonly string source;
    private readonly Func<string, string> wordClass;
    private int position;

    private LexiconPattern(string source, Func<string, string> wordClass) => (this.source, this.wordClass) = (source, wordClass);

    private enum PieceKind
    {
        Word,
        Optional,
        Gap,
    }

    /// <summary>The regex for a pattern; <paramref name="wordClass"/> gives the regex of a named class or throws.</summary>
    public static string Compile(string pattern, Func<string, string> wordClass)
    {
        var parser = new LexiconPattern(pattern, wordClass);
        var regex = parser.Alternatives();
        if (parser.position < pattern.Length)
        {
            throw parser.Error($"unexpected '{pattern[parser.position]}'");
        }

        return regex;
    }

    private string Alternatives()
    {
        var alternatives = new List<string> { Sequence() };
        while (Next('|'))
        {
            alternatives.Add(Sequence());
        }

        return alternatives.Count == 1 ? alternatives[0] : $"(?:{string.Join('|', alternatives)})";
    }

    private string Sequence()
    {
        var pieces = new List<Piece>();
        SkipSpaces();
        while (position < source.Length && source[position] is not ('|' or ')' or ']'))
        {
            pieces.Add(Part());
            SkipSpaces();
        }

        return pieces.Count > 0 ? Join(pieces) : throw Error("empty alternative (use [ ] for something optional)");
    }

    /// <summary>
    /// Words joined by single spaces; an optional part or a gap takes the space after it, or the one before it when
    /// it ends the pattern, so "a [b]" is "a(?: b)?" and "[a] b" is "(?:a )?b".
    /// </summary>
    private string Join(List<Piece> pieces)
    {
        var regex = new StringBuilder();
        var needsSpace = false;
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            var repeat = piece.Kind == PieceKind.Optional ? "?" : $"{{0,{piece.Gap}}}";
            if (piece.Kind == PieceKind.Word)
            {
                regex.Append(needsSpace ? " " : string.Empty).Append(piece.Regex);
                needsSpace = true;
            }
            else if (i < pieces.Count - 1)
            {
                regex.Append(needsSpace ? " " : string.Empty).Append($"(?:{piece.Regex} ){repeat}");
                needsSpace = false;
            }
            else if (needsSpace)
            {
                regex.Append($"(?: {piece.Regex}){repeat}");
            }
            else
            {
                throw Error("a pattern needs a word that is not optional before its end");
            }
        }

        return regex.ToString();
    }

    private Piece Part()
    {
        var c = source[position];
        if (c is '(' or '[')
        {
            position++;
            var inner = Alternatives();
            var close = c == '(' ? ')' : ']';
            if (!Next(close))
            {
                throw Error($"'{c}' is not closed with '{close}'");
            }

            return c == '(' ? new($"(?:{inner})", PieceKind.Word) : new(inner, PieceKind.Optional);
        }

        if (c == '{')
        {
            var end = source.IndexOf('}', position);
            if (end < 0)
            {
                throw Error("'{' is not closed with '}'");
            }

            var name = source[(position + 1)..end];
            position = end + 1;
            return new(wordClass(name), PieceKind.Word);
        }

        if (source.AsSpan(position).StartsWith("...") || c == '~')
        {
            return Gap(acrossClauses: c == '~');
        }

        if (c == '.')
        {
            position++;
            return new(@"\.", PieceKind.Word);
        }

        return new(Word(), PieceKind.Word);
    }

    private Piece Gap(bool acrossClauses)
    {
        position += acrossClauses ? 1 : 3;
        var digits = position;
        while (position < source.Length && char.IsAsciiDigit(source[position]))
        {
            position++;
        }

        var gap = position > digits ? int.Parse(source[digits..position], CultureInfo.InvariantCulture) : DefaultGap;
        if (gap is < 1 or > MaxGap || (acrossClauses && position == digits))
        {
            throw Error($"a gap is ...N or ~N with N from 1 to {MaxGap}");
        }

        return new(acrossClauses ? @"(?:\w+|\.)" : @"\w+", PieceKind.Gap, gap);
    }

    private string Word()
    {
        var start = position;
        while (position < source.Length && (char.IsAsciiLetterLower(source[position]) || char.IsAsciiDigit(source[position]) || source[position] is '*' or '#'))
        {
            position++;
        }

        var word = source[start..position];
        if (word.Length == 0)
        {
            throw Error($"'{source[position]}' is not allowed (lower case letters without accents, digits, * and #)");
        }

        if (word.IndexOf('*') is >= 0 and var star && star != word.Length - 1)
        {
            throw Error($"'*' only ends a word ('{word}')");
        }

        return word == "*" ? @"\w+" : word.Replace("*", @"\w*", StringComparison.Ordinal).Replace("#", @"\d", StringComparison.Ordinal);
    }

    private bool Next(char c)
    {
        SkipSpaces();
        if (position < source.Length && source[position] == c)
        {
            position++;
            return true;
        }

        return false;
    }

    private void SkipSpaces()
    {
        while (position < source.Length && char.IsWhiteSpace(source[position]))
        {
            position++;
        }
    }

    private FormatException Error(string problem) => new($"{problem} at {position + 1} in \"{source}\"");

    private readonly record struct Piece(string Regex, PieceKind Kind, int Gap = 0);
}
