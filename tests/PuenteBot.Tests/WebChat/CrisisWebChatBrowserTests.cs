using System.Text.Json;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.WebChat;

/// <summary>A crisis in the web chat page in real Chromium: the lines as tap-to-call and tap-to-text links, Yes / No buttons.</summary>
public class CrisisWebChatBrowserTests
{
    [Fact]
    public async Task The_domestic_violence_line_shows_as_tap_to_call_and_tap_to_text_links_with_yes_no_buttons()
    {
        NodeScript.RequireInstalled();
        Requirements.SkipUnless(File.Exists(WebChatBrowserTests.Chromium), $"Chromium at {WebChatBrowserTests.Chromium} (apt-get install chromium, or set CHROMIUM_PATH)");
        Requirements.SkipUnless(File.Exists(Path.Combine(RepositoryPaths.Root, "bot", "wwwroot", "lib", "webchat.js")), "the Web Chat bundle (built by `dotnet build bot` with npm)");
        await using var bot = new KestrelBot();
        var screenshot = Artifacts.PathFor("webchat-crisis-es.png");

        var output = await NodeScript.RunAsync("crisis-webchat-browser.js", [bot.BaseUrl, screenshot], timeout: TimeSpan.FromSeconds(120));

        Assert.True(output.ExitCode == 0, output.StandardError);
        var result = JsonDocument.Parse(output.StandardOutput).RootElement;
        TestContext.Current.TestOutputHelper?.WriteLine(output.StandardOutput);
        Assert.Equal(["welcomed", "consented", "crisis", "screenshot"], result.GetProperty("steps").EnumerateArray().Select(s => s.GetString()));
        Assert.Empty(result.GetProperty("errors").EnumerateArray());
        var links = result.GetProperty("links");
        Assert.True(links.GetProperty("tel:911").GetInt32() >= 1);
        Assert.True(links.GetProperty("tel:+18007997233").GetInt32() >= 1);
        Assert.Equal("sms:88788?body=START", links.GetProperty("textOpened").GetString());
        Assert.True(links.GetProperty("yes").GetInt32() >= 1);
        Assert.Equal(1, links.GetProperty("safety").GetInt32());
    }
}
