using System.Net;
using System.Text.RegularExpressions;

namespace PuenteBot.Tests.Portal;

/// <summary>Reads a portal page as a browser would need to: its tags with their attributes, its forms, and its visible text.</summary>
public static partial class PortalMarkup
{
    public sealed record Tag(string Name, IReadOnlyDictionary<string, string> Attributes);

    public static List<Tag> Tags(string html) =>
        [.. TagPattern().Matches(html).Select(m => new Tag(
            m.Groups["name"].Value.ToLowerInvariant(),
            AttributePattern().Matches(m.Groups["attributes"].Value)
                .GroupBy(a => a.Groups["name"].Value.ToLowerInvariant())
                .ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Groups["value"].Value))))];

    /// <summary>The inside of every <c>&lt;form method="post"&gt;</c>.</summary>
    public static List<string> PostForms(string html) =>
        [.. PostFormPattern().Matches(html).Select(m => m.Groups["body"].Value)];

    /// <summary>What a reader sees: the text between the tags, decoded.</summary>
    public static string Text(string html) => WebUtility.HtmlDecode(TagPattern().Replace(html, " "));

    [GeneratedRegex(@"<(?<name>[a-zA-Z][a-zA-Z0-9-]*)(?<attributes>[^>]*)>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("""(?<name>[^\s"'=/>]+)(?:\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s>]+)))?""")]
    private static partial Regex AttributePattern();

    [GeneratedRegex("""<form\b[^>]*\bmethod="post"[^>]*>(?<body>.*?)</form>""", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex PostFormPattern();
}
