using System.Net;
using PuenteBot.Channels.Sms;
using PuenteBot.Protocol;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.State;
using PuenteBot.State.Sqlite;

namespace PuenteBot.Tests.Channels.Sms;

/// <summary>Replies that go later, through the REST API: long turns, proactive messages, and Twilio's 21610.</summary>
public class SmsDeliveryTests
{
    [Fact]
    public async Task A_turn_past_the_webhook_window_is_answered_empty_and_its_parts_go_by_rest_in_order()
    {
        await using var bot = SlowBot();

        var reply = await bot.Sms().SendAsync("hola");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Empty(reply.Messages);
        var first = await bot.Api.WaitForAsync(2);
        var parts = int.Parse(first[0].Form["Body"].Split(' ')[0].Split('/')[1], System.Globalization.CultureInfo.InvariantCulture);
        var sent = await bot.Api.WaitForAsync(parts);
        Assert.True(sent.Count > 1);
        Assert.All(sent, (request, i) => Assert.StartsWith($"{i + 1}/{sent.Count} ", request.Form["Body"]));
        Assert.All(sent, request => Assert.Equal(("+15005550006", "+15005550001", FakeTwilioBot.PublicBase + "/api/sms/twilio/status"), (request.Form["To"], request.Form["From"], request.Form["StatusCallback"])));
        Assert.Contains("1. Sí", string.Join(' ', sent.Select(r => r.Form["Body"])));
    }

    [Fact]
    public async Task Twilio_refusing_an_opted_out_number_records_the_opt_out_and_stops_the_rest()
    {
        await using var bot = SlowBot();
        bot.Api.Answer(HttpStatusCode.BadRequest, """{"code":21610,"message":"Attempt to send to unsubscribed recipient","status":400}""");

        await bot.Sms().SendAsync("hola");
        await bot.Api.WaitForAsync(1);
        var conversationId = await bot.Service<SmsIdentity>().ConversationIdAsync("+15005550006", TestContext.Current.CancellationToken);
        var optedOut = await WaitForOptOutAsync(bot, conversationId);

        Assert.True(optedOut);
        Assert.Single(bot.Api.Requests);
        Assert.False(await bot.Service<SmsSender>().SendProactiveAsync(conversationId, [Activity.Message("Recordatorio")], TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_status_callback_with_21610_records_the_opt_out()
    {
        await using var bot = new FakeTwilioBot();
        var sms = bot.Sms();
        await sms.SendAsync("hola");
        var conversationId = await bot.Service<SmsIdentity>().ConversationIdAsync("+15005550006", TestContext.Current.CancellationToken);
        var report = new Dictionary<string, string>
        {
            ["AccountSid"] = FakeTwilioBot.AccountSid,
            ["ErrorCode"] = "21610",
            ["From"] = "+15005550001",
            ["MessageSid"] = SmsWebhookClient.NewMessageSid(),
            ["MessageStatus"] = "failed",
            ["To"] = "+15005550006",
        };
        var signature = TwilioSignature.Compute(FakeTwilioBot.AuthToken, FakeTwilioBot.PublicBase + "/api/sms/twilio/status", report.Select(p => KeyValuePair.Create(p.Key, (IReadOnlyList<string>)[p.Value])));

        var forged = await sms.PostAsync(report, "bad", "/api/sms/twilio/status");
        var answered = await sms.PostAsync(report, signature, "/api/sms/twilio/status");

        Assert.Equal(HttpStatusCode.Forbidden, forged.Status);
        Assert.Equal(HttpStatusCode.OK, answered.Status);
        Assert.True((await bot.Service<IConversationStore>().LoadAsync(conversationId, TestContext.Current.CancellationToken)).Data.OptedOut);
    }

    [Fact]
    public async Task A_proactive_message_goes_to_the_familys_phone_from_the_number_they_texted()
    {
        await using var bot = new FakeTwilioBot();
        await bot.Sms().SendAsync("hola");
        var conversationId = await bot.Service<SmsIdentity>().ConversationIdAsync("+15005550006", TestContext.Current.CancellationToken);

        var queued = await bot.Service<SmsSender>().SendProactiveAsync(conversationId, [Activity.Message("Mañana es la cita.")], TestContext.Current.CancellationToken);

        var sent = Assert.Single(await bot.Api.WaitForAsync(1));
        Assert.True(queued);
        Assert.Equal(("+15005550006", "+15005550001", "Mañana es la cita."), (sent.Form["To"], sent.Form["From"], sent.Form["Body"]));
    }

    /// <summary>A bot whose turns take a second, and whose webhook waits only a tenth of that.</summary>
    private static FakeTwilioBot SlowBot() => new(
        new Dictionary<string, string?> { ["Sms:ReplyWithin"] = "00:00:00.100" },
        services => services.AddSingleton<IConversationStore>(sp =>
            new SlowConversationStore(ActivatorUtilities.CreateInstance<SqliteConversationStore>(sp), TimeSpan.FromSeconds(1))));

    private static async Task<bool> WaitForOptOutAsync(FakeTwilioBot bot, string conversationId)
    {
        for (var i = 0; i < 100; i++)
        {
            if ((await bot.Service<IConversationStore>().LoadAsync(conversationId, TestContext.Current.CancellationToken)).Data.OptedOut)
            {
                return true;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        return false;
    }
}
