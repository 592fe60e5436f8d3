using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PuenteBot.Tests.Channels.DirectLine;
using PuenteBot.Tests.Channels.Sms;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Channels;

/// <summary>
/// A crisis message that arrives damaged — a broken emoji (lone surrogate, invalid UTF-8), a NUL, control
/// characters, a malformed timestamp, an oversized field — is still read on every channel: a safety reply and one
/// urgent escalation, never a 400 or a 500 for what is readable. "Oversized" is far over what the channels send and
/// what the turn reads (4,000 characters) but under the route's body cap (<c>Limits:ActivityMaxBytes</c>, 256 KB;
/// <c>Limits:SmsMaxBytes</c>, 64 KB): past the cap a body is refused with 413 before it is read (RequestLimitsTests).
/// </summary>
public class BrokenInputCrisisTests
{
    private const string Danger = "I want to kill myself";

    private const string Head = "{\"type\":\"message\",\"from\":{\"id\":\"u1\"},\"conversation\":{\"id\":\"CONV\"},\"channelId\":\"emulator\",\"serviceUrl\":\"http://127.0.0.1:9/\",\"deliveryMode\":\"expectReplies\",";

    public static TheoryData<string, byte[]> ActivityBodies => new()
    {
        { "lone surrogate escape", Json(Head + "\"text\":\"" + Danger + " \\ud83d\"}") },
        { "reversed surrogates", Json(Head + "\"text\":\"\\ude00\\ud83d " + Danger + "\"}") },
        { "invalid UTF-8 (cut emoji)", [.. Json(Head + "\"text\":\"" + Danger + " "), 0xF0, 0x9F, 0x98, .. Json("\"}")] },
        { "escaped NUL and escape characters", Json(Head + "\"text\":\"" + Danger + "\\u0000 \\u001b[31m\"}") },
        { "raw control bytes in the string", [.. Json(Head + "\"text\":\"" + Danger), 0x00, 0x07, 0x0A, .. Json("\"}")] },
        { "malformed timestamp", Json(Head + "\"timestamp\":\"yesterday at noon\",\"localTimestamp\":\"2026-13-45T99:00:00\",\"text\":\"" + Danger + "\"}") },
        { "timestamp of the wrong type", Json(Head + "\"timestamp\":12345,\"text\":\"" + Danger + "\"}") },
        { "oversized text", Json(Head + "\"text\":\"" + Danger + " " + new string('x', 200_000) + "\"}") },
    };

    [Theory]
    [MemberData(nameof(ActivityBodies))]
    public async Task Bot_Framework_reads_the_crisis_in_a_damaged_activity(string label, byte[] body)
    {
        await using var bot = new BotApplicationFactory();
        var conversation = "c-bf-" + label.GetHashCode(StringComparison.Ordinal);
        using var content = new ByteArrayContent(Replace(body, "CONV", conversation));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await bot.CreateClient().PostAsync("/api/messages", content, TestContext.Current.CancellationToken);

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{label}: {(int)response.StatusCode} {text}");
        Assert.Contains("988", text, StringComparison.Ordinal);
        await AssertOneUrgentAsync(bot, conversation, label);
    }

    [Theory]
    [MemberData(nameof(ActivityBodies))]
    public async Task Direct_Line_reads_the_crisis_in_a_damaged_activity(string label, byte[] body)
    {
        await using var bot = new BotApplicationFactory();
        var api = new DirectLineApi(bot.CreateClient());
        var (conversation, token) = await api.GenerateAsync();
        var start = await api.SendAsync(HttpMethod.Post, "/conversations", token);
        Assert.True(start.IsSuccessStatusCode);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await api.SendAsync(HttpMethod.Post, $"/conversations/{conversation}/activities", token, content);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{label}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        var activities = await (await api.GetActivitiesAsync(conversation, token)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("988", activities, StringComparison.Ordinal);
        await AssertOneUrgentAsync(bot, conversation, label);
    }

    public static TheoryData<string, string> TwilioForms => new()
    {
        { "NUL in the body", $"Body={Uri.EscapeDataString(Danger)}%00%00&From=%2B15005550006&To=%2B15005550001&MessageSid=SMX" },
        { "NUL in From", $"Body={Uri.EscapeDataString(Danger)}&From=%2B15005550006%00&To=%2B15005550001&MessageSid=SMX" },
        { "NUL in other fields", $"Body={Uri.EscapeDataString(Danger)}&From=%2B15005550006&To=%2B1500%005550001&FromCity=SAN%00JOSE&MessageSid=SMX%00" },
        { "cut emoji (invalid UTF-8)", $"Body={Uri.EscapeDataString(Danger)}%20%F0%9F%98&From=%2B15005550006&To=%2B15005550001&MessageSid=SMX" },
        { "lone surrogate encoded as UTF-8", $"Body={Uri.EscapeDataString(Danger)}%20%ED%A0%BD&From=%2B15005550006&To=%2B15005550001&MessageSid=SMX" },
        { "control characters", $"Body={Uri.EscapeDataString(Danger)}%07%1B%5B31m%7F&From=%2B15005550006&To=%2B15005550001&MessageSid=SMX" },
        { "oversized body", $"Body={Uri.EscapeDataString(Danger)}%20{new string('x', 50_000)}&From=%2B15005550006&To=%2B15005550001&MessageSid=SMX" },
    };

    [Theory]
    [MemberData(nameof(TwilioForms))]
    public async Task Twilio_reads_the_crisis_in_a_damaged_form(string label, string form)
    {
        await using var bot = new BotApplicationFactory();
        using var content = new StringContent(form.Replace("SMX", SmsWebhookClient.NewMessageSid(), StringComparison.Ordinal), Encoding.ASCII, "application/x-www-form-urlencoded");

        var response = await bot.CreateClient().PostAsync("/api/sms/twilio", content, TestContext.Current.CancellationToken);

        var twiml = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{label}: {(int)response.StatusCode} {twiml}");
        Assert.Contains("988", SmsWebhookClient.MessagesOf(twiml)[0], StringComparison.Ordinal);
        var rows = await EscalationRows.ReadAsync($"Data Source={bot.DatabasePath}");
        Assert.Equal("urgent", Assert.Single(rows).Urgency);
    }

    [Fact]
    public async Task A_form_with_nothing_readable_left_is_a_clear_400()
    {
        await using var bot = new BotApplicationFactory();
        using var content = new StringContent("Body=help&From=%00%00&MessageSid=%00", Encoding.ASCII, "application/x-www-form-urlencoded");

        var response = await bot.CreateClient().PostAsync("/api/sms/twilio", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task AssertOneUrgentAsync(BotApplicationFactory bot, string conversation, string label)
    {
        var rows = await EscalationRows.ReadAsync($"Data Source={bot.DatabasePath}");
        var row = Assert.Single(rows, r => r.ConversationId == conversation);
        Assert.True(row.Urgency == "urgent", label);
    }

    private static byte[] Json(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Replace(byte[] body, string from, string to) => ReplaceBytes(body, Encoding.ASCII.GetBytes(from), Encoding.ASCII.GetBytes(to));

    private static byte[] ReplaceBytes(byte[] body, byte[] from, byte[] to)
    {
        var index = body.AsSpan().IndexOf(from);
        return index < 0 ? body : [.. body[..index], .. to, .. body[(index + from.Length)..]];
    }
}
