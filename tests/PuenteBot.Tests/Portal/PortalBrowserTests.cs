using System.Text.Json;
using Microsoft.Data.Sqlite;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Tests.Support;
using PuenteBot.Tests.WebChat;

namespace PuenteBot.Tests.Portal;

/// <summary>The queue page in real Chromium: sign in through the form, urgent first, dead letters stand out, no script or style blocked by the CSP.</summary>
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
        var urgent = await PortalSite.EscalateAsync(bot.Services, "conv-urgent", Urgency.Urgent, "suicide", now.AddMinutes(-12));
        await MarkDeadLetterAsync(bot.DatabasePath, deadLetter);
        var queueShot = Artifacts.PathFor("portal-queue.png");
        var escalationShot = Artifacts.PathFor("portal-escalation.png");

        var output = await NodeScript.RunAsync("portal-queue.js", [bot.BaseUrl, PortalClient.User, PortalClient.Password, queueShot, escalationShot], timeout: TimeSpan.FromSeconds(120));

        Assert.True(output.ExitCode == 0, output.StandardError);
        var result = JsonDocument.Parse(output.StandardOutput).RootElement;
        var steps = result.GetProperty("steps").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.Equal(["redirected:/portal/signin", "signed-in"], steps[..2]);
        Assert.StartsWith("dead-letter-visible:true:", steps[2], StringComparison.Ordinal);
        Assert.Equal(["queue-screenshot", "opened:" + urgent, "escalation-screenshot"], steps[3..]);
        var rows = result.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal([urgent, deadLetter, report], rows.Select(r => r.GetProperty("id").GetString()));
        Assert.Contains("urgency-urgent", rows[0].GetProperty("className").GetString(), StringComparison.Ordinal);
        Assert.Equal("URGENT", rows[0].GetProperty("cells")[0].GetString());
        Assert.Contains("dead-letter", rows[1].GetProperty("className").GetString(), StringComparison.Ordinal);
        Assert.Empty(result.GetProperty("errors").EnumerateArray());
        Assert.True(new FileInfo(queueShot).Length > 10_000);
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshots: {queueShot} {escalationShot}");
    }

    private static async Task MarkDeadLetterAsync(string databasePath, string id)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE escalations SET state = 'dead_letter' WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        Assert.Equal(1, await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
    }
}
