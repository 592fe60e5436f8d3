using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace PuenteBot.Content.Sms;

/// <summary>
/// Rewrites a text into GSM-7 for clinics that choose cost over accents (<c>Sms:Spanish:Gsm7Only</c>), changing only
/// what GSM-7 cannot carry: á í ó ú (and capitals) lose their accent, curly quotes become straight, dashes a hyphen,
/// "…" three dots, odd spaces a space; other accented letters become their base letter. ñ, é, ü, ¿, ¡ and every other
/// GSM-7 character stay as they are. A character with no GSM-7 form (an emoji) is dropped.
/// </summary>
public static class SmsGsm7
{
    private static readonly FrozenDictionary<char, string> Replacements = new Dictionary<char, string>
    {
        ['\u2018'] = "'", ['\u2019'] = "'", ['\u201A'] = "'", ['\u2032'] = "'", ['\u00B4'] = "'", ['`'] = "'",
        ['\u201C'] = "\"", ['\u201D'] = "\"", ['\u201E'] = "\"", ['\u00AB'] = "\"", ['\u00BB'] = "\"",
        ['\u2010'] = "-", ['\u2011'] = "-", ['\u2012'] = "-", ['\u2013'] = "-", ['\u2014'] = "-", ['\u2015'] = "-", ['\u2212'] = "-",
        ['\u2026'] = "...", ['\u2022'] = "-", ['\u00B7'] = "-",
        ['\u00A0'] = " ", ['\u2009'] = " ", ['\u202F'] = " ", ['\u2007'] = " ", ['\t'] = " ",
        ['\u00BA'] = "o", ['\u00AA'] = "a",
    }.ToFrozenDictionary();

    public static string Fold(string text)
    {
        if (SmsSegments.Count(text).Encoding == SmsEncoding.Gsm7)
        {
            return text;
        }

        var folded = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            folded.Append(FoldRune(rune));
        }

        return folded.ToString();
    }

    private static string FoldRune(Rune rune)
    {
        if (!rune.IsBmp)
        {
            return string.Empty;
        }

        var c = (char)rune.Value;
        if (SmsSegments.IsGsm7(c))
        {
            return c.ToString();
        }

        if (Replacements.TryGetValue(c, out var replacement))
        {
            return replacement;
        }

        var letter = c.ToString().Normalize(NormalizationForm.FormD)[0];
        return SmsSegments.IsGsm7(letter) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark ? letter.ToString() : string.Empty;
    }
}
