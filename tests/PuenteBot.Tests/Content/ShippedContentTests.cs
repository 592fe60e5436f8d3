using PuenteBot.Content.Checking;
using PuenteBot.Content.Handouts;
using PuenteBot.Content.Readability;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Content;

public class ShippedContentTests
{
    private static string ContentFolder => Path.Combine(RepositoryPaths.Root, "content");

    [Fact]
    public void The_content_folder_passes_the_check()
    {
        var report = ContentChecker.Check(ContentSet.FromFolder(ContentFolder));
        Assert.Empty(report.Problems);
        Assert.True(report.Scores.Count >= 16);
    }

    [Fact]
    public void The_content_built_into_the_bot_passes_the_check_and_matches_the_folder()
    {
        var embedded = ContentSet.Embedded();
        Assert.Empty(ContentChecker.Check(embedded).Problems);
        Assert.Equal(
            ContentSet.FromFolder(ContentFolder).Handouts.Select(f => (f.Name, f.Text.ReplaceLineEndings())),
            embedded.Handouts.Select(f => (f.Name, f.Text.ReplaceLineEndings())));
        Assert.Equal(StringTables.FromResxFolder(Path.Combine(ContentFolder, "Resources")), embedded.Strings);
    }

    [Fact]
    public void Each_handout_is_150_to_350_words()
    {
        foreach (var language in HandoutLanguages.All)
        {
            foreach (var handout in HandoutLibrary.Embedded.All(language))
            {
                var words = TextStatistics.Measure(
                    HandoutMarkdown.TextBlocks(HandoutMarkdown.Parse(handout.Markdown)), _ => 1).Words;
                Assert.InRange(words, 150, 350);
            }
        }
    }

    [Fact]
    public void Every_barrier_kind_has_a_handout_in_both_languages()
    {
        foreach (var kind in HandoutConcerns.Barriers)
        {
            Assert.NotEmpty(HandoutLibrary.Embedded.ForBarrier("en", kind));
            Assert.Equal(
                HandoutLibrary.Embedded.ForBarrier("en", kind).Select(h => h.Slug),
                HandoutLibrary.Embedded.ForBarrier("es", kind).Select(h => h.Slug));
        }
    }
}
