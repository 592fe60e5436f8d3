using System.Globalization;
using System.Text;
using Microsoft.ML.Data;

namespace PuenteBot.Dialogs.Recognizers.Learned;

/// <summary>
/// What the learned heads read: <see cref="NormalizedText"/> (folded, SMS spelled out) with the message's emoji
/// kept as words of their own, since "😭" and "👍" say something the letters do not.
/// </summary>
public sealed class NluInput
{
    [LoadColumn(0)] public string Text { get; set; } = "";

    /// <summary>The input for a caregiver's message.</summary>
    public static NluInput From(string? text) => new() { Text = Of(text) };

    public static string Of(string? text)
    {
        var normalized = NormalizedText.Of(text);
        if (string.IsNullOrEmpty(text))
        {
            return normalized;
        }

        var symbols = new StringBuilder();
        var runes = text.EnumerateRunes();
        foreach (var rune in runes)
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol)
            {
                symbols.Append(rune.ToString()).Append(' ');
            }
        }

        return symbols.Length == 0 ? normalized : normalized + symbols;
    }
}
