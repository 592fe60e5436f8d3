using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Escalations;
using PuenteBot.Tests.Support;
using PuenteBot.Tests.WebChat;

namespace PuenteBot.Tests.Portal;

/// <summary>
/// The portal in real Chromium: sign in through the form, urgent first, dead letters stand out, the escalation page
/// shows the family's new message by itself (the polling script under the CSP), nothing blocked or failing.
/// </summary>
public class PortalBrowserTests
{
    [Fact]
    public async Task A_clinician_signs_in_and_sees_the_urgent_escalation_first()
    {
        NodeScript.RequireInstalled();
        Requirements.SkipUnless(File.Exists(WebChatBrowserTests.Chromium), $"Chromium at {WebChatBrowserTests.Chromium} (apt-get install chromium, or set CHROMIUM_PATH)");
        await using var bot = new KestrelBot(PortalSite.Settings());
        var now = DateTimeOffset.UtcNow;
        var report = await PortalSite.EscalateAsync(bot.Services, "conv-report", Urgency.BarrierReport, "barrier_report", now.AddHours(-5), "directline", "en");
        var deadLetter = await PortalSite.EscalateAsync(bot.Services, "conv-routine", Urgency.Routine, "talk_to_clinician", now.AddHours(-3));
        await PortalSite.DeadLetterAsync(bot.Services, deadLetter, "HTTP 503 after 6 tries");
        using var family = new HttpClient { BaseAddress = new Uri(bot.BaseUrl) };
        var chat = await FamilyChat.StartAsync(family);
        foreach (var text in new[] { "hola", "sí", "tengo miedo, mi hijo dice que se quiere matar" })
        {
            await chat.SayAsync(text);
        }

        var queue = await bot.Services.GetRequiredService<IEscalationStore>().QueueAsync(10, TestContext.Current.CancellationToken);
        var urgent = Assert.Single(queue, e => e.ConversationId == chat.ConversationId).Id;
        var queueShot = Artifacts.PathFor("portal-queue.png");
        var escalationShot = Artifacts.PathFor("portal-escalation.png");

        var output = await NodeScript.RunAsync("portal-queue.js", [bot.BaseUrl, PortalClient.User, PortalClient.Password, queueShot, escalationShot, chat.ConversationId, chat.Token], timeout: TimeSpan.FromSeconds(120));

        Assert.True(output.ExitCode == 0, output.StandardError);
        var result = JsonDocument.Parse(output.StandardOutput).RootElement;
        var steps = result.GetProperty("steps").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.Equal(["redirected:/portal/signin", "signed-in"], steps[..2]);
        Assert.StartsWith("dead-letter-visible:true:", steps[2], StringComparison.Ordinal);
        Assert.Equal(["queue-screenshot", "opened:" + urgent, "family-wrote:200", "polled", "escalation-screenshot"], steps[3..]);
        var rows = result.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal([urgent, deadLetter, report], rows.Select(r => r.GetProperty("id").GetString()));
        Assert.Contains("urgency-urgent", rows[0].GetProperty("className").GetString(), StringComparison.Ordinal);
        Assert.Equal("URGENT", rows[0].GetProperty("cells")[0].GetString());
        Assert.Contains("dead-letter", rows[1].GetProperty("className").GetString(), StringComparison.Ordinal);
        Assert.Empty(result.GetProperty("errors").EnumerateArray());
        Assert.True(new FileInfo(queueShot).Length > 10_000);
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshots: {queueShot} {escalationShot}");
    }
}
