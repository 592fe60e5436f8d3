using PuenteBot.Content.Handouts;

namespace PuenteBot.Tests.Content;

public class HandoutLibraryTests
{
    private static readonly HandoutLibrary Library = HandoutLibrary.FromFiles(ContentFixture.Files());

    [Fact]
    public void Finds_a_handout_by_language_and_slug()
    {
        var handout = Library.Find("es", "first");
        Assert.NotNull(handout);
        Assert.Equal(("es", "first", "A title", "A short summary.", "A short text."), (handout.Language, handout.Slug, handout.Title, handout.Summary, handout.Sms));
        Assert.Equal(new DateOnly(2026, 11, 23), handout.Reviewed);
        Assert.Equal(ContentFixture.SpanishBody, handout.Markdown);
        Assert.Null(Library.Find("es", "third"));
        Assert.Null(Library.Find("fr", "first"));
    }

    [Fact]
    public void Lists_by_language_barrier_and_topic()
    {
        Assert.Equal(["first", "second"], Library.All("en").Select(h => h.Slug));
        Assert.Equal(2, Library.ForBarrier("en", "engagement").Count);
        Assert.Empty(Library.ForBarrier("en", "transport"));
        Assert.Equal(2, Library.ForTopic("es", "therapy").Count);
        Assert.Empty(Library.ForTopic("es", "school"));
    }

    [Fact]
    public void Gives_the_page_address_and_the_sms_with_its_link()
    {
        var handout = Library.Find("en", "first")!;
        var site = new Uri("https://bot.example.org/");
        Assert.Equal("/handouts/en/first", handout.UrlPath);
        Assert.Equal("A short text. https://bot.example.org/handouts/en/first", handout.SmsWithLink(site));
    }

    [Fact]
    public void Refuses_to_load_a_broken_handout()
    {
        var broken = new HandoutFile("en", "first", "No front matter here.");
        var error = Assert.Throws<InvalidDataException>(() => HandoutLibrary.FromFiles([broken]));
        Assert.Contains("en/first: no YAML front matter", error.Message);
    }

    [Fact]
    public void Serves_the_crisis_handout_for_crisis_in_both_languages()
    {
        Assert.Equal("crisis-help", Assert.Single(HandoutLibrary.Embedded.ForBarrier("en", "crisis")).Slug);
        var spanish = HandoutLibrary.Embedded.Find("es", "crisis-help")!;
        Assert.Contains("marque 2", spanish.Sms);
        Assert.Contains("AYUDA", spanish.Sms);
    }
}
