using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Tests.Reports;
using PuenteBot.Tests.Support;
using PuenteBot.Tests.WebChat;

namespace PuenteBot.Tests.Portal;

/// <summary>
/// The outcomes page on <see cref="OutcomeSeed"/>'s November in real Chromium, for a clinician reading English and one
/// reading Spanish: every label in their language, the four charts drawn with bars; saves <c>portal-outcomes-{en,es}.png</c>
/// (docs/portal/outcomes-{en,es}.png).
/// </summary>
public class OutcomesScreenshotTests
{
    private static readonly string[] Labels =
    [
        "Portal.Nav.Outcomes", "Portal.Outcomes.Title", "Portal.Outcomes.Csv", "Portal.Outcomes.Section.activity", "Portal.Outcomes.Section.barrier_kinds",
        "Portal.Outcomes.Section.confidence_distribution", "Portal.Outcomes.Section.reminders", "Portal.Outcomes.Section.attendance",
        "Portal.Outcomes.Figure.families_active", "Portal.Outcomes.Figure.reminded_rate", "Portal.Outcomes.Segment.webchat", "Portal.Outcomes.Chart.Unreminded",
    ];

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task The_outcomes_page_reads_in_the_clinicians_language_with_its_charts(string language)
    {
        NodeScript.RequireInstalled();
        Requirements.SkipUnless(File.Exists(WebChatBrowserTests.Chromium), $"Chromium at {WebChatBrowserTests.Chromium} (apt-get install chromium, or set CHROMIUM_PATH)");
        await using var bot = new KestrelBot(PortalSite.Settings(language));
        await OutcomeSeed.SeedAsync(bot.Services, bot.DatabasePath);
        var shot = Artifacts.PathFor($"portal-outcomes-{language}.png");

        var output = await NodeScript.RunAsync("portal-outcomes.js", [bot.BaseUrl, PortalClient.User, PortalClient.Password, "/portal/outcomes?from=2026-11-01&to=2026-11-30", shot], timeout: TimeSpan.FromSeconds(120));

        Assert.True(output.ExitCode == 0, output.StandardError);
        var result = JsonDocument.Parse(output.StandardOutput).RootElement;
        Assert.True(result.GetProperty("errors").GetArrayLength() == 0, result.GetProperty("errors").ToString());
        Assert.Equal(language, result.GetProperty("lang").GetString());
        Assert.Equal(4, result.GetProperty("charts").GetInt32());
        Assert.True(result.GetProperty("bars").GetInt32() >= 10, output.StandardOutput);
        Assert.True(result.GetProperty("barWidth").GetDouble() > 100, output.StandardOutput);
        var text = result.GetProperty("text").GetString()!;
        var strings = bot.Services.GetRequiredService<IStringLocalizer<Strings>>();
        var other = language == "en" ? "es" : "en";
        foreach (var key in Labels)
        {
            Assert.Contains(strings.For(language, key), text, StringComparison.Ordinal);
            if (strings.For(other, key) is { Length: > 6 } foreign && foreign != strings.For(language, key))
            {
                Assert.DoesNotContain(foreign, text, StringComparison.Ordinal);
            }
        }

        Assert.Contains("<5", text, StringComparison.Ordinal);
        Assert.True(new FileInfo(shot).Length > 20_000);
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshot: {shot}");
    }
}
