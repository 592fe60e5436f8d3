using System.Text.Json;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.WebChat;

/// <summary>The web chat page in real Chromium: the family's view, end to end.</summary>
public class WebChatBrowserTests
{
    public static string Chromium => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    [Fact]
    public async Task A_caregiver_chats_taps_an_option_and_switches_to_Spanish()
    {
        NodeScript.RequireInstalled();
        Requirements.SkipUnless(File.Exists(Chromium), $"Chromium at {Chromium} (apt-get install chromium, or set CHROMIUM_PATH)");
        Requirements.SkipUnless(File.Exists(Path.Combine(RepositoryPaths.Root, "bot", "wwwroot", "lib", "webchat.js")), "the Web Chat bundle (built by `dotnet build bot` with npm)");
        await using var bot = new KestrelBot();
        var screenshot = Artifacts.PathFor("webchat.png");

        var output = await NodeScript.RunAsync("webchat-browser.js", [bot.BaseUrl, screenshot], timeout: TimeSpan.FromSeconds(120));

        Assert.True(output.ExitCode == 0, output.StandardError);
        var result = JsonDocument.Parse(output.StandardOutput).RootElement;
        Assert.Equal(
            ["loaded:en", "welcomed", "consented", "replied", "clicked", "switched:es", "screenshot"],
            result.GetProperty("steps").EnumerateArray().Select(s => s.GetString()));
        Assert.Empty(result.GetProperty("errors").EnumerateArray());
        Assert.True(new FileInfo(screenshot).Length > 10_000);
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshot: {screenshot}");
    }
}
