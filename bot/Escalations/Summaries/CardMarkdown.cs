using System.Text;
using System.Text.RegularExpressions;

namespace PuenteBot.Escalations.Summaries;

/// <summary>
/// Keeping text literal in an Adaptive Card. Teams renders Markdown in <c>TextBlock.text</c> and in fact sets, so
/// the card puts every summary value — above all what the family typed — in a <c>RichTextBlock</c>'s
/// <c>TextRun</c>s, which take no Markdown (<see cref="Plain"/>), and escapes the few <c>TextBlock</c>s it has
/// (title, headings: <see cref="Escape"/>). Teams clients may still turn a bare web address into a link, so in
/// family words the scheme is defanged ("https[:]//evil.example") and "www." becomes "www[.]"; "{{" is broken up so
/// the card's DATE()/TIME() functions cannot run.
/// </summary>
internal static partial class CardMarkdown
{
    /// <summary>The characters CommonMark (and Teams' subset of it) gives a meaning, escaped with a backslash.</summary>
    private const string Special = "\\`*_{}[]()#+-.!|>~<&\"";

    /// <summary>Markdown text that renders as exactly <paramref name="value"/> (on one line).</summary>
    public static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length + 8);
        foreach (var character in value.ReplaceLineEndings(" "))
        {
            if (Special.Contains(character, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(character);
        }

        return escaped.ToString();
    }

    /// <summary>Text for a <c>TextRun</c>: one line, no web address Teams could turn into a link, no card function.</summary>
    public static string Plain(string value) =>
        Www().Replace(Scheme().Replace(value.ReplaceLineEndings(" "), "$1[:]//"), "$1[.]").Replace("{{", "{ {", StringComparison.Ordinal);

    [GeneratedRegex(@"\b([a-z][a-z0-9+.-]*):\s*//", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();

    [GeneratedRegex(@"\b(www)\.", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Www();
}
