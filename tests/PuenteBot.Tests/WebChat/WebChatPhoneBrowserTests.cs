using System.Text.Json;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.WebChat;

/// <summary>
/// The web chat page on a phone (390×844, touch) in real Chromium, in each language: from the welcome to a handout
/// card, then the conversation scrolled back up a little, with screenshots saved under TestResults/artifacts (webchat-phone-{en,es}-welcome.png, -handout.png) and the
/// layout measured in the page.
/// </summary>
public class WebChatPhoneBrowserTests
{
    private static readonly string[] ButtonStyle =
        ["font-family", "font-size", "font-weight", "color", "background-color", "border-top-width", "border-top-style", "border-top-color", "border-top-left-radius", "height", "padding-left"];

    [Theory]
    [InlineData("en", "Read the handout")]
    [InlineData("es", "Leer la hoja")]
    public async Task On_a_phone_the_header_is_compact_and_scrolls_away_and_every_button_looks_alike(string language, string handoutButton)
    {
        NodeScript.RequireInstalled();
        Requirements.SkipUnless(File.Exists(WebChatBrowserTests.Chromium), $"Chromium at {WebChatBrowserTests.Chromium} (apt-get install chromium, or set CHROMIUM_PATH)");
        Requirements.SkipUnless(File.Exists(Path.Combine(RepositoryPaths.Root, "bot", "wwwroot", "lib", "webchat.js")), "the Web Chat bundle (built by `dotnet build bot` with npm)");
        await using var bot = new KestrelBot();
        var prefix = Artifacts.PathFor("webchat-phone-" + language);

        var output = await NodeScript.RunAsync("webchat-phone.js", [bot.BaseUrl, language, prefix], timeout: TimeSpan.FromSeconds(120));

        Assert.True(output.ExitCode == 0, output.StandardError);
        var result = JsonDocument.Parse(output.StandardOutput).RootElement;
        Assert.Empty(result.GetProperty("errors").EnumerateArray());
        var facts = result.GetProperty("facts");
        var start = facts.GetProperty("atStart");
        var scrolled = facts.GetProperty("afterScroll");
        var height = start.GetProperty("viewport").GetProperty("height").GetDouble();

        Assert.Equal(844, height);
        Assert.True(Box(start, "header", "height") <= 0.12 * height, $"header {Box(start, "header", "height")} px");
        Assert.True(Box(start, "banner", "height") <= 0.12 * height, $"banner {Box(start, "banner", "height")} px");
        Assert.True(Box(start, "sendBox", "bottom") <= height, "the send box is below the screen at the start");
        Assert.True(scrolled.GetProperty("transcriptScrollTop").GetDouble() > 0, "the transcript never scrolled");
        Assert.True(Box(scrolled, "header", "bottom") <= 0, $"the header is still in view once the transcript scrolled: {scrolled}");
        Assert.True(Box(scrolled, "banner", "top") >= 0 && Box(scrolled, "banner", "bottom") <= 0.12 * height, "the banner left the top of the screen");
        Assert.True(Box(scrolled, "sendBox", "bottom") <= height, "the send box is below the screen");
        var back = facts.GetProperty("scrolledBack");
        Assert.True(Box(back, "header", "top") == 0, $"the header did not come back when the conversation was scrolled up: {back}");
        foreach (var moment in new[] { start, scrolled, back })
        {
            Assert.True(moment.GetProperty("pageWidth").GetDouble() <= moment.GetProperty("viewport").GetProperty("width").GetDouble(), "the page is wider than the phone");
        }

        var buttons = facts.GetProperty("buttons");
        Assert.Equal(handoutButton, buttons.GetProperty("cardText").GetString());
        Assert.Equal(Style(buttons.GetProperty("action")), Style(buttons.GetProperty("card")));
        foreach (var shot in new[] { "-welcome.png", "-handout.png" })
        {
            Assert.True(new FileInfo(prefix + shot).Length > 10_000, prefix + shot);
            TestContext.Current.TestOutputHelper?.WriteLine($"screenshot: {prefix + shot}");
        }
    }

    private static double Box(JsonElement moment, string element, string edge) => moment.GetProperty(element).GetProperty(edge).GetDouble();

    private static Dictionary<string, string?> Style(JsonElement style) => ButtonStyle.ToDictionary(key => key, key => style.GetProperty(key).GetString());
}
