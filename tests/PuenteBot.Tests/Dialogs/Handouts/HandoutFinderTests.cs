using PuenteBot.Content.Handouts;
using PuenteBot.Dialogs.Handouts;
using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Tests.Dialogs.Handouts;

public class HandoutFinderTests
{
    private static readonly HandoutFinder Finder = new(HandoutLibrary.Embedded, new IntentRecognizer());

    [Fact]
    public void Every_topic_offers_one_to_three_handouts_that_exist_in_both_languages()
    {
        Assert.InRange(HandoutTopics.All.Count, 4, 6);
        foreach (var (id, slugs) in HandoutTopics.All)
        {
            Assert.InRange(slugs.Count, 1, HandoutFinder.MaxHandouts);
            foreach (var language in HandoutLanguages.All)
            {
                Assert.All(slugs, slug => Assert.True(HandoutLibrary.Embedded.Find(language, slug) is not null, $"{id}: {slug} in {language}"));
            }
        }
    }

    [Theory]
    [InlineData("do you have something about school?", "en", "working-with-school")]
    [InlineData("tiene algo sobre la escuela", "es", "working-with-school")]
    [InlineData("anything on rides to the clinic?", "en", "getting-to-visits")]
    [InlineData("no tengo carro", "es", "getting-to-visits")]
    [InlineData("guias sobre la verguenza", "es", "not-your-fault")]
    [InlineData("an interpreter", "en", "free-interpreter")]
    [InlineData("setbacks", "en", "setbacks-are-part-of-progress")]
    [InlineData("mi hijo tuvo una recaida", "es", "setbacks-are-part-of-progress")]
    [InlineData("things got worse this week, anything to read?", "en", "caring-for-yourself")]
    public void The_caregivers_words_find_the_handout(string text, string language, string slug)
    {
        var found = Finder.Find(text, language);

        Assert.InRange(found.Count, 1, HandoutFinder.MaxHandouts);
        Assert.Contains(slug, found.Select(h => h.Slug));
        Assert.All(found, h => Assert.Equal(language, h.Language));
    }

    [Theory]
    [InlineData("purple elephants")]
    [InlineData("yes")]
    [InlineData("short guides")]
    [InlineData("guías cortas")]
    [InlineData("")]
    public void Words_about_no_topic_find_nothing(string text) => Assert.Empty(Finder.Find(text, "en"));
}
