using System.Net;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.WebChat;

public class WebChatPageTests
{
    [Theory]
    [InlineData(null, null, "en", "Emergency? Call 911.")]
    [InlineData("es", null, "es", "¿Emergencia? Llame al 911.")]
    [InlineData(null, "es-MX,es;q=0.9,en;q=0.5", "es", "¿Emergencia? Llame al 911.")]
    [InlineData("en", "es-MX", "en", "Emergency? Call 911.")]
    public async Task The_page_speaks_the_caregivers_language_and_carries_both(string? lang, string? acceptLanguage, string expected, string emergency)
    {
        await using var factory = new BotApplicationFactory();
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, lang is null ? "/" : $"/?lang={lang}");
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<html lang=\"{expected}\">", html);
        Assert.Contains(emergency, html);
        Assert.Contains("Conversación con PuenteBot", html);
        Assert.Contains("Chat with PuenteBot", html);
        Assert.Contains("<script src=\"/lib/webchat.js\"></script>", html);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task The_page_script_and_style_are_served()
    {
        await using var factory = new BotApplicationFactory();
        var client = factory.CreateClient();

        using var script = await client.GetAsync("/app.js", TestContext.Current.CancellationToken);
        using var style = await client.GetAsync("/app.css", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("webchat/join", await script.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, style.StatusCode);
    }
}
