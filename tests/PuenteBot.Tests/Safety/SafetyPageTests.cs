using System.Net;
using System.Net.Http.Headers;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Safety;

/// <summary>The published crisis protocol, <c>/safety/{lang}</c>, as a family's browser gets it.</summary>
public class SafetyPageTests
{
    [Theory]
    [InlineData("en", "automated assistant, not a person", "call 988 and press 2", "text START to 88788", "1-800-222-1222", "1-800-422-4453", "one urgent alert")]
    [InlineData("es", "asistente automático, no una persona", "marque 2 para español", "mande START por texto al 88788", "1-800-222-1222", "1-800-422-4453", "un solo aviso urgente")]
    public async Task The_page_says_what_it_watches_for_what_it_does_the_lines_and_how_the_team_is_alerted(string lang, params string[] facts)
    {
        await using var bot = new BotApplicationFactory();
        using var client = bot.CreateClient();

        using var response = await client.GetAsync($"/safety/{lang}", TestContext.Current.CancellationToken);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<html lang=\"{lang}\">", html, StringComparison.Ordinal);
        Assert.All(facts, fact => Assert.Contains(fact, html, StringComparison.Ordinal));
        Assert.Contains("1-800-799-7233", html, StringComparison.Ordinal);
        Assert.DoesNotContain("press 3", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("marque 3", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(5, CountOf("<h2>", html));
    }

    [Theory]
    [InlineData("es-MX,es;q=0.9,en;q=0.5", "es")]
    [InlineData("en-US,en;q=0.9", "en")]
    [InlineData("fr-FR", "en")]
    public async Task Safety_without_a_language_picks_it_by_accept_language(string acceptLanguage, string expected)
    {
        await using var bot = new BotApplicationFactory();
        using var client = bot.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/safety");
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([expected], response.Content.Headers.ContentLanguage);
        Assert.Contains("Accept-Language", response.Headers.Vary);
        Assert.Contains($"<html lang=\"{expected}\">", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_language_is_not_found()
    {
        await using var bot = new BotApplicationFactory();
        using var client = bot.CreateClient();

        using var response = await client.GetAsync("/safety/fr", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_web_chat_page_links_to_the_safety_page_in_its_language()
    {
        await using var bot = new BotApplicationFactory();
        using var client = bot.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("es"));

        var html = await client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains("href=\"/safety/es\"", html, StringComparison.Ordinal);
    }

    private static int CountOf(string part, string text) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
