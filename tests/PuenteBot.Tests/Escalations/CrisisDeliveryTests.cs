using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PuenteBot.Escalations;
using PuenteBot.Tests.Channels.BotFramework;

namespace PuenteBot.Tests.Escalations;

/// <summary>A crisis message through /api/messages reaches the care team by webhook, Teams and email, once, with the family's words.</summary>
public class CrisisDeliveryTests
{
    private const string Crisis = "mi hijo se quiere suicidar";

    [Fact]
    public async Task A_crisis_message_is_delivered_once_to_the_webhook_Teams_and_a_real_SMTP_server()
    {
        await using var smtp = await SmtpSink.StartAsync();
        await using var webhook = await EscalationReceiver.StartAsync();
        await using var teams = await EscalationReceiver.StartAsync();
        await using var bot = new BotFrameworkHost(EscalationSettings.With(webhook.Url, teams.Url, smtp.Port));

        await bot.ExpectRepliesAsync(BotFrameworkHost.Message("hola", "http://127.0.0.1:9/", deliveryMode: "expectReplies"));
        await bot.ExpectRepliesAsync(BotFrameworkHost.Message(Crisis, "http://127.0.0.1:9/", deliveryMode: "expectReplies"));

        var store = bot.Services.GetRequiredService<IEscalationStore>();
        var delivered = await Eventually.ReturnsAsync(
            () => store.ListAsync(new EscalationQuery(), TestContext.Current.CancellationToken),
            page => page.Items.Any(e => e.State == EscalationStates.Delivered),
            "the escalation to be delivered everywhere");
        var escalation = Assert.Single(delivered.Items);
        Assert.Equal("urgent", escalation.Urgency);
        Assert.Equal(Crisis, (string?)escalation.Summary["quote"]);

        var hook = Assert.Single(webhook.Requests);
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(EscalationSettings.Secret), hook.Body));
        Assert.Equal(expected, hook.Header("X-PuenteBot-Signature"));
        Assert.Equal($"{escalation.Id}:webhook", hook.Header("Idempotency-Key"));
        var body = JsonNode.Parse(hook.Body)!;
        Assert.Equal("urgent", (string?)body["urgency"]);
        Assert.Equal("en", (string?)body["summary"]!["language"]);
        Assert.StartsWith("URGENT: Suicide risk", (string?)body["text"], StringComparison.Ordinal);
        Assert.Contains($"“{Crisis}”", (string?)body["text"], StringComparison.Ordinal);
        Assert.Null(body["html"]); // no markup is built for the webhook: the receiver renders the structured summary

        var teamsRequest = Assert.Single(teams.Requests);
        Assert.Equal($"{escalation.Id}:teams", teamsRequest.Header("Idempotency-Key"));
        var card = JsonNode.Parse(teamsRequest.Body)!;
        Assert.Equal("message", (string?)card["type"]);
        var attachment = Assert.Single(card["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("AdaptiveCard", (string?)attachment["content"]!["type"]);
        Assert.Equal("1.4", (string?)attachment["content"]!["version"]);
        Assert.Contains($"“{Crisis}”", attachment["content"]!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);

        var mail = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(Assert.Single(smtp.Messages()))), TestContext.Current.CancellationToken);
        Assert.Equal("URGENT: Suicide risk", mail.Subject);
        Assert.Equal(["on-call@clinic.test", "lead@clinic.test"], mail.To.Mailboxes.Select(m => m.Address));
        Assert.Contains($"“{Crisis}”", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"<q lang=\"es\">{Crisis}</q>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal($"{escalation.Id}:email", mail.Headers["Idempotency-Key"]);
        Assert.Equal(XMessagePriority.Highest, mail.XPriority);

        Assert.Equal(3, bot.Logs.Lines.Count(line => line.Contains("[5002]", StringComparison.Ordinal)));
        Assert.DoesNotContain(bot.Logs.Lines, line => line.Contains("suicidar", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(bot.Logs.Lines, line => line.Contains(webhook.Url, StringComparison.Ordinal) || line.Contains(teams.Url, StringComparison.Ordinal));
    }
}
