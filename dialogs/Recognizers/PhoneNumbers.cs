using System.Text.RegularExpressions;

namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// A phone number written in a message ("555-123-4567", "(555) 123 4567", "+1 555 123 4567", "+52 55 1234 5678"):
/// the words as written and, when they read as one, the number in E.164 (a 10-digit number is taken as US/Canada).
/// </summary>
public static partial class PhoneNumbers
{
    private const int NationalDigits = 10;
    private const int MinimumDigits = 7;

    /// <summary>The first number in <paramref name="text"/>; null when it has none.</summary>
    public static PhoneNumber? Find(string? text)
    {
        var match = text is null ? null : Number().Match(text);
        if (match is not { Success: true })
        {
            return null;
        }

        var digits = string.Concat(match.Value.Where(char.IsAsciiDigit));
        if (digits.Length < MinimumDigits)
        {
            return null;
        }

        var e164 = match.Value.TrimStart().StartsWith('+') && digits.Length is >= 8 and <= 15 ? "+" + digits
            : digits.Length == NationalDigits ? "+1" + digits
            : digits.Length == NationalDigits + 1 && digits[0] == '1' ? "+" + digits
            : null;
        return new PhoneNumber(match.Value.Trim(), e164);
    }

    /// <summary>Every number in <paramref name="text"/> (at least seven digits), where it stands.</summary>
    public static IEnumerable<(int Index, int Length)> Spans(string text) =>
        Number().Matches(text).Where(m => m.Value.Count(char.IsAsciiDigit) >= MinimumDigits).Select(m => (m.Index, m.Length));

    [GeneratedRegex(@"(?<![\d+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)|\d{2,4})(?:[\s.-]?\d{2,4}){2,3}(?!\d)", RegexOptions.CultureInvariant, 200)]
    private static partial Regex Number();
}
