using System.Text.Json;
using PuenteBot.Tests.Support;
using PuenteBot.Tests.WebChat;

namespace PuenteBot.Tests.Safety;

/// <summary>The published crisis protocol in real Chromium, in both languages, as a family sees it on a phone.</summary>
public class SafetyBrowserTests
{
    [Fact]
    public async Task The_safety_page_renders_in_both_languages()
    {
        NodeScript.RequireInstalled();
        Requirements.SkipUnless(File.Exists(WebChatBrowserTests.Chromium), $"Chromium at {WebChatBrowserTests.Chromium} (apt-get install chromium, or set CHROMIUM_PATH)");
        await using var bot = new KestrelBot();
        var english = Artifacts.PathFor("safety-en.png");
        var spanish = Artifacts.PathFor("safety-es.png");

        var output = await NodeScript.RunAsync("safety-browser.js", [bot.BaseUrl, english, spanish], timeout: TimeSpan.FromSeconds(120));

        Assert.True(output.ExitCode == 0, output.StandardError);
        var result = JsonDocument.Parse(output.StandardOutput).RootElement;
        Assert.Equal(
            ["loaded:en", "sections:5", "screenshot:en", "loaded:es", "sections:5", "screenshot:es"],
            result.GetProperty("steps").EnumerateArray().Select(s => s.GetString()));
        Assert.Empty(result.GetProperty("errors").EnumerateArray());
        Assert.True(new FileInfo(english).Length > 10_000);
        Assert.True(new FileInfo(spanish).Length > 10_000);
    }
}
