using Markdig.Syntax;
using PuenteBot.Content.Handouts;

namespace PuenteBot.Content.Retrieval;

/// <summary>
/// A handout as passages a search can return: the text before its first <c>## </c> heading (after its summary), then
/// one passage per <c>## </c> section titled "handout title: section heading". Plain text, no Markdown marks, so a
/// model reads the words the family reads on the page.
/// </summary>
internal static class HandoutPassages
{
    public static IEnumerable<KnowledgeDocument> Of(Handout handout)
    {
        var title = handout.Title;
        var text = new List<string> { handout.Summary };
        foreach (var block in HandoutMarkdown.Parse(handout.Markdown).Descendants<LeafBlock>())
        {
            if (block is not (ParagraphBlock or HeadingBlock) || block.Inline is null)
            {
                continue;
            }

            var words = HandoutMarkdown.InlineText(block.Inline);
            if (block is HeadingBlock { Level: 2 })
            {
                if (text.Count > 0)
                {
                    yield return Passage(handout, title, text);
                }

                title = $"{handout.Title}: {words}";
                text = [];
            }
            else
            {
                text.Add(words);
            }
        }

        if (text.Count > 0)
        {
            yield return Passage(handout, title, text);
        }
    }

    private static KnowledgeDocument Passage(Handout handout, string title, List<string> text) =>
        new(KnowledgeDocument.HandoutSource, handout.Slug, handout.Language, title, string.Join("\n", text), handout.Slug, handout.UrlPath);
}
