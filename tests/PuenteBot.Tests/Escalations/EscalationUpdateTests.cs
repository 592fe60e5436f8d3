using System.Text;
using System.Text.Json.Nodes;
using MimeKit;
using PuenteBot.Escalations;

namespace PuenteBot.Tests.Escalations;

/// <summary>
/// A crisis episode raises one urgent escalation; each later message of it is added to that escalation and sent to
/// the care team again, marked as an update, never as a new escalation.
/// </summary>
public class EscalationUpdateTests
{
    [Fact]
    public async Task Later_messages_of_a_crisis_reach_the_webhook_and_email_as_updates_of_the_one_escalation()
    {
        await using var smtp = await SmtpSink.StartAsync();
        await using var webhook = await EscalationReceiver.StartAsync();
        await using var bot = new DeliveryBot(EscalationSettings.With(webhook.Url, smtpPort: smtp.Port));
        await bot.SayAsync("c-update", "hi");
        await bot.SayAsync("c-update", "yes");

        await bot.SayAsync("c-update", "my son took a bottle of pills and he is not waking up");
        await webhook.WaitUntilAsync(r => r.Requests.Count >= 1);
        await bot.SayAsync("c-update", "what do I do?");
        await webhook.WaitUntilAsync(r => r.Requests.Count >= 2);
        await bot.SayAsync("c-update", "ok 911 is here");
        await webhook.WaitUntilAsync(r => r.Requests.Count >= 3);

        var escalation = Assert.Single((await bot.Store.ListAsync(new EscalationQuery(), TestContext.Current.CancellationToken)).Items);
        Assert.Equal("urgent", escalation.Urgency);
        Assert.Equal("medical", escalation.Reason);
        Assert.Equal(["what do I do?", "ok 911 is here"], (escalation.Summary["updates"] as JsonArray)!.Select(u => (string?)u!["quote"]));
        var bodies = webhook.Requests.Select(r => JsonNode.Parse(r.Body)!).ToList();
        Assert.Equal([false, true, true], bodies.Select(b => (bool)b["update"]!));
        Assert.Equal([0, 1, 2], bodies.Select(b => (int)b["updates"]!));
        Assert.All(bodies, b => Assert.Equal(escalation.Id, (string?)b["id"]));
        Assert.Equal([$"{escalation.Id}:webhook", $"{escalation.Id}:webhook:update1", $"{escalation.Id}:webhook:update2"], webhook.Requests.Select(r => r.Header("Idempotency-Key")));
        Assert.StartsWith("UPDATE URGENT: Medical emergency", (string?)bodies[2]["text"], StringComparison.Ordinal);
        Assert.Contains("“ok 911 is here”", (string?)bodies[2]["text"], StringComparison.Ordinal);

        var last = $"{escalation.Id}:email:update2";
        var mails = await EventuallyMailsAsync(smtp, mails => mails.Any(m => m.Headers["Idempotency-Key"] == last));
        Assert.StartsWith("UPDATE URGENT: Medical emergency", mails.Single(m => m.Headers["Idempotency-Key"] == last).Subject, StringComparison.Ordinal);
        Assert.All(mails, m => Assert.StartsWith(escalation.Id + ":email", m.Headers["Idempotency-Key"], StringComparison.Ordinal));
    }

    /// <summary>The emails received once <paramref name="done"/> holds for them (an email sent after an update already says "update").</summary>
    private static Task<List<MimeMessage>> EventuallyMailsAsync(SmtpSink smtp, Func<List<MimeMessage>, bool> done) =>
        Eventually.ReturnsAsync(
            () => Task.FromResult<List<MimeMessage>>([.. smtp.Messages().Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m)), TestContext.Current.CancellationToken))]),
            done,
            "the email of the last update");
}
