using System.Globalization;

namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// Reads a number written in digits at a position: thousands separators of either language (1,234.5 · 1.234,5 ·
/// 1 234 567 · 12,34,567), a decimal comma or point, scientific forms (1e10, 1.1^23, 6.23x10^-4) and the
/// multipliers k, M, G, b, bln, tln. A number glued to letters ("180ml", "4th") is not one.
/// </summary>
internal static class DigitNumber
{
    /// <summary>The groups of one number in digits: each separator and the digits after it.</summary>
    private readonly record struct Group(char Separator, string Digits);

    /// <summary>
    /// Reads the number at <paramref name="start"/> into <paramref name="found"/> and returns where it ends, or
    /// <paramref name="start"/> when there is none. Digits chained by more separators than a number can hold
    /// (192.168.1.2) are read as one number per link.
    /// </summary>
    public static int Read(string text, int start, bool spanish, List<(double Value, int Start, int End)> found)
    {
        var count = found.Count;
        var end = ReadOne(text, start, spanish, out var value, out var chained);
        if (end == start)
        {
            return start;
        }

        found.Add((value, start, end));
        while (chained && end + 1 < text.Length && text[end] is '.' or ',' && char.IsAsciiDigit(text[end + 1]))
        {
            var at = end + 1;
            var digits = ReadDigits(text, ref at);
            found.Add((double.Parse(digits, CultureInfo.InvariantCulture), end + 1, at));
            end = at;
        }

        return found.Count > count ? end : start;
    }

    private static int ReadOne(string text, int start, bool spanish, out double value, out bool chained)
    {
        var i = start;
        var head = ReadDigits(text, ref i);
        var groups = new List<Group>();
        while (i + 1 < text.Length && text[i] is '.' or ',' or ' ' or '\u202f' or '\u00a0' && char.IsAsciiDigit(text[i + 1]))
        {
            var at = i + 1;
            var digits = ReadDigits(text, ref at);
            if (text[i] is ' ' or '\u202f' or '\u00a0' && (digits.Length != 3 || head.Length > 3 || groups.Any(g => g.Separator is '.' or ',')))
            {
                break;
            }

            groups.Add(new Group(text[i] is '.' or ',' ? text[i] : ' ', digits));
            i = at;
        }

        var kept = Interpret(head, groups, spanish, out value);
        chained = kept < groups.Count;
        i = start + head.Length + groups.Take(kept).Sum(g => 1 + g.Digits.Length);
        i = ReadExponent(text, i, ref value);
        i = ReadMultiplier(text, i, ref value);
        return i < text.Length && char.IsLetter(text[i]) ? start : i;
    }

    private static string ReadDigits(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return text[start..i];
    }

    /// <summary>Works out which separators group thousands and which one is the decimal mark; returns how many groups belong to the number.</summary>
    private static int Interpret(string head, List<Group> groups, bool spanish, out double value)
    {
        var separators = groups.Select(g => g.Separator).ToList();
        if (!spanish && separators.Count(s => s == '.') > 1 && !separators.Contains(','))
        {
            value = double.Parse(head, CultureInfo.InvariantCulture);
            return 0;
        }

        var decimalMark = separators.Contains('.') && separators.Contains(',') ? separators.Last(s => s != ' ') : spanish ? ',' : '.';
        var thousands = decimalMark == '.' ? ',' : '.';
        var kept = 0;
        var integer = head;
        string? fraction = null;
        foreach (var group in groups)
        {
            var isThousands = group.Separator == ' ' || (group.Separator == thousands && (group.Digits.Length == 3 || (group.Digits.Length == 2 && !spanish && group.Separator == ',')) && head[0] != '0' && head.Length <= 3);
            if (fraction is null && isThousands && (group.Digits.Length == 3 || groups.Skip(kept + 1).Any(g => g.Separator == thousands && g.Digits.Length == 3)))
            {
                integer += group.Digits;
            }
            else if (fraction is null && (group.Separator == decimalMark || (groups.Count == 1 && group.Separator == thousands)))
            {
                fraction = group.Digits;
            }
            else
            {
                break;
            }

            kept++;
        }

        value = double.Parse(fraction is null ? integer : integer + "." + fraction, CultureInfo.InvariantCulture);
        return kept;
    }

    private static int ReadExponent(string text, int i, ref double value)
    {
        var rest = text.AsSpan(i);
        var sign = 1;
        int digitsAt;
        if (rest.Length > 1 && rest[0] is 'e' or 'E' && (char.IsAsciiDigit(rest[1]) || (rest.Length > 2 && rest[1] is '+' or '-' && char.IsAsciiDigit(rest[2]))))
        {
            digitsAt = rest[1] is '+' or '-' ? 2 : 1;
            sign = rest[1] == '-' ? -1 : 1;
            return ApplyPower(text, i + digitsAt, sign, 10, ref value, multiply: true);
        }

        if (rest.StartsWith("x10^") || rest.StartsWith("×10^"))
        {
            digitsAt = 4;
            while (i + digitsAt < text.Length && text[i + digitsAt] is '+' or '-')
            {
                sign = text[i + digitsAt] == '-' ? -sign : sign;
                digitsAt++;
            }

            return ApplyPower(text, i + digitsAt, sign, 10, ref value, multiply: true);
        }

        if (rest.Length > 1 && rest[0] == '^')
        {
            digitsAt = 1;
            while (i + digitsAt < text.Length && text[i + digitsAt] is '+' or '-')
            {
                sign = text[i + digitsAt] == '-' ? -sign : sign;
                digitsAt++;
            }

            return ApplyPower(text, i + digitsAt, sign, value, ref value, multiply: false);
        }

        return i;
    }

    private static int ApplyPower(string text, int at, int sign, double baseValue, ref double value, bool multiply)
    {
        var end = at;
        var digits = ReadDigits(text, ref end);
        if (digits.Length == 0)
        {
            return at;
        }

        var power = Math.Pow(baseValue, sign * double.Parse(digits, CultureInfo.InvariantCulture));
        value = multiply ? value * power : power;
        return end;
    }

    private static readonly (string Suffix, double Value)[] Multipliers =
    [
        ("bln", 1e9), ("tln", 1e12), ("MM", 1e6), ("mm", 1e6), ("mil", 1e6), ("k", 1e3), ("K", 1e3), ("M", 1e6), ("G", 1e9), ("g", 1e9), ("b", 1e9), ("B", 1e9),
    ];

    private static int ReadMultiplier(string text, int i, ref double value)
    {
        var at = i;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        foreach (var (suffix, multiplier) in Multipliers)
        {
            var glued = at == i;
            if (string.CompareOrdinal(text, at, suffix, 0, suffix.Length) == 0 && (at + suffix.Length >= text.Length || !char.IsLetter(text[at + suffix.Length])) && (glued || suffix != "mil"))
            {
                value *= multiplier;
                return at + suffix.Length;
            }
        }

        return i;
    }
}
