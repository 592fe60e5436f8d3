using System.Net;
using System.Text.RegularExpressions;
using PuenteBot.Content.Handouts;

namespace PuenteBot.Tests.Handouts;

public sealed partial class HandoutPageTests(HandoutSiteFixture site) : IClassFixture<HandoutSiteFixture>
{
    private readonly HttpClient client = site.Client;

    public static TheoryData<string, string> Pages() =>
        [.. HandoutLanguages.All.SelectMany(l => HandoutLibrary.Embedded.All(l).Select(h => (l, h.Slug)))];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_handout_renders_as_a_printable_page_in_its_language(string lang, string slug)
    {
        var response = await client.GetAsync($"/handouts/{lang}/{slug}", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<html lang=\"{lang}\">", html);
        Assert.Contains("<style media=\"print\">", html);
        Assert.Contains("name=\"viewport\"", html);
        Assert.Contains($"<h1>{HandoutLibrary.Embedded.Find(lang, slug)!.Title}</h1>", html.Replace("&#x27;", "'", StringComparison.Ordinal));
        var other = HandoutLanguages.Other(lang);
        Assert.Contains($"<a href=\"/handouts/{other}/{slug}\" hreflang=\"{other}\" lang=\"{other}\">", html);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Links_between_handouts_open_pages_that_exist(string lang, string slug)
    {
        var page = new Uri(client.BaseAddress!, $"/handouts/{lang}/{slug}");
        var html = await client.GetStringAsync(page, TestContext.Current.CancellationToken);
        foreach (var href in Href().Matches(html).Select(m => m.Groups[1].Value).Where(h => !h.Contains(':')))
        {
            var response = await client.GetAsync(new Uri(page, href), TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{lang}/{slug} links to {href}, which gives {response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("/handouts/en/no-such-handout", "en", "We could not find that handout")]
    [InlineData("/handouts/es/no-such-handout", "es", "No encontramos esa hoja informativa")]
    [InlineData("/handouts/fr/crisis-help", "en", "We could not find that handout")]
    [InlineData("/handouts/xx", "en", "We could not find that handout")]
    public async Task Unknown_handout_or_language_gets_a_polite_404(string path, string lang, string heading)
    {
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains($"<html lang=\"{lang}\">", html);
        Assert.Contains($"<h1>{heading}</h1>", html);
        Assert.Contains($"href=\"/handouts/{lang}\"", html);
        Assert.Contains($"href=\"/handouts/{HandoutLanguages.Other(lang)}\"", html);
    }

    [Fact]
    public async Task The_list_of_a_language_links_every_handout()
    {
        var html = await client.GetStringAsync("/handouts/es", TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"es\">", html);
        foreach (var handout in HandoutLibrary.Embedded.All("es"))
        {
            Assert.Contains($"href=\"{handout.UrlPath}\"", html);
        }
    }

    [Fact]
    public async Task The_spanish_crisis_page_gives_the_spanish_options_of_988()
    {
        var html = await client.GetStringAsync("/handouts/es/crisis-help", TestContext.Current.CancellationToken);
        Assert.Contains("llame al 988 y marque 2", html);
        Assert.Contains("AYUDA", html);
        Assert.Contains("911", html);
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}
