using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PuenteBot.Content.Handouts;

/// <summary>How handout Markdown is read: YAML front matter, no raw HTML, and what the checks need from it.</summary>
public static class HandoutMarkdown
{
    public static MarkdownPipeline Pipeline { get; } =
        new MarkdownPipelineBuilder().UseYamlFrontMatter().DisableHtml().Build();

    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>The body as HTML (front matter left out). Links to other handouts stay relative: <c>other-slug</c>.</summary>
    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);

    /// <summary>The text of each paragraph and heading, for the readability formulas.</summary>
    public static IEnumerable<string> TextBlocks(MarkdownDocument document) =>
        document.Descendants<LeafBlock>()
            .Where(b => b is ParagraphBlock or HeadingBlock && b.Inline is not null)
            .Select(b => InlineText(b.Inline!));

    /// <summary>The targets of every link in the body.</summary>
    public static IEnumerable<string> LinkTargets(MarkdownDocument document) =>
        document.Descendants<LinkInline>().Select(l => l.Url ?? string.Empty);

    /// <summary>A link to another handout is the other slug alone, relative to the page: <c>[text](other-slug)</c>.</summary>
    public static bool IsHandoutLink(string target) =>
        !target.Contains(':', StringComparison.Ordinal) && !target.StartsWith('#') && !target.StartsWith('/');

    internal static string InlineText(ContainerInline container)
    {
        var text = new StringBuilder();
        foreach (var inline in container.Descendants())
        {
            text.Append(inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                LineBreakInline => " ",
                _ => string.Empty,
            });
        }

        return text.ToString();
    }
}
