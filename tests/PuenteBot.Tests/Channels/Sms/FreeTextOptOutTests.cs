using System.Net;
using PuenteBot.Channels.Sms;
using PuenteBot.Protocol;
using PuenteBot.State;
using PuenteBot.Tests.Support;
using PuenteBot.Turns.Middleware;

namespace PuenteBot.Tests.Channels.Sms;

/// <summary>Revoking texts in one's own words (FCC 24-18), through the real Twilio webhook; and Twilio's 21610 on a later send.</summary>
public class FreeTextOptOutTests
{
    [Theory]
    [InlineData("stop texting me", "en")]
    [InlineData("Please don't text me anymore.", "en")]
    [InlineData("please dont text me anymore", "en")]
    [InlineData("Stop sending me messages, thanks", "en")]
    [InlineData("no more texts please", "en")]
    [InlineData("I don’t want any more messages", "en")]
    [InlineData("Ya no me manden mensajes", "es")]
    [InlineData("ya no me manden más mensajes por favor", "es")]
    [InlineData("No quiero más mensajes", "es")]
    [InlineData("no quiero recibir más mensajes!", "es")]
    [InlineData("Dejen de mandarme mensajes", "es")]
    [InlineData("Por favor, no me manden más mensajes", "es")]
    [InlineData("dejen de mandar mensajes", "es")]
    [InlineData("ya no me manden mensajes por favor, ya no vamos a ir", "es")]
    [InlineData("Please take this number off your list. We moved to Ohio and he sees someone there now.", "en")]
    public void Revocations_in_the_family_s_own_words_are_recognised(string text, string language) =>
        Assert.Equal(language, OptOutPhrases.LanguageOf(text));

    [Theory]
    [InlineData("my son keeps saying stop texting me")]
    [InlineData("stop texting me at school, text me at home")]
    [InlineData("stop texting me, text me at my work number instead")]
    [InlineData("ya no me manden mensajes a este número, mándeme al otro")]
    [InlineData("please text me tomorrow")]
    [InlineData("she won't stop texting me")]
    [InlineData("no quiero ir a la cita")]
    [InlineData("mi hija ya no me habla")]
    [InlineData("no quiero más problemas")]
    [InlineData("stop")]
    public void Everyday_messages_are_not_revocations(string text) => Assert.Null(OptOutPhrases.LanguageOf(text));

    [Theory]
    [InlineData("+15005550011", "hi", "please don't text me anymore", "You won't get more messages from PuenteBot.")]
    [InlineData("+15005550012", "hola", "ya no me manden mensajes", "Ya no recibirá más mensajes de PuenteBot.")]
    [InlineData("+15005550013", "hola", "no quiero más mensajes", "Ya no recibirá más mensajes de PuenteBot.")]
    [InlineData("+15005550014", "hi", "stop texting me", "You won't get more messages from PuenteBot.")]
    public async Task A_revocation_in_own_words_opts_out_with_one_confirmation_in_their_language(string phone, string greeting, string revocation, string confirmation)
    {
        await using var bot = new BotApplicationFactory();
        var sms = new SmsWebhookClient(bot.CreateClient(), phone);
        await sms.SendAsync(greeting);

        var reply = await sms.SendAsync(revocation);
        var after = await sms.SendAsync("1");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.StartsWith(confirmation, Assert.Single(reply.Messages), StringComparison.Ordinal);
        Assert.Empty(after.Messages);
    }

    [Theory]
    [InlineData("stop texting me, I want to kill myself")]
    [InlineData("ya no me manden mensajes, me quiero suicidar")]
    public async Task A_revocation_with_words_of_danger_is_answered_as_the_crisis(string text)
    {
        await using var bot = new BotApplicationFactory();
        var sms = new SmsWebhookClient(bot.CreateClient(), "+15005550015");

        var reply = await sms.SendAsync(text);

        Assert.Contains("988", reply.Messages[0], StringComparison.Ordinal);
        Assert.Equal("urgent", Assert.Single(await EscalationRows.ReadAsync($"Data Source={bot.DatabasePath}")).Urgency);
    }

    [Fact]
    public async Task A_revocation_inside_the_crisis_conversation_is_answered_as_the_crisis()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);
        await bot.SayAsync("sms-crisis", "I want to kill myself", "sms");

        var reply = await bot.SayAsync("sms-crisis", "stop texting me", "sms");

        var stored = await bot.Store.LoadAsync("sms-crisis", TestContext.Current.CancellationToken);
        Assert.False(stored.Data.OptedOut);
        Assert.DoesNotContain(reply.Replies, r => r.Text!.StartsWith("You won't get more messages", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_proactive_message_answered_21610_by_the_local_Twilio_fake_marks_the_number_opted_out()
    {
        await using var bot = new FakeTwilioBot();
        var sms = bot.Sms("+15005550016");
        await sms.SendAsync("hola");
        var conversationId = await bot.Service<SmsIdentity>().ConversationIdAsync("+15005550016", TestContext.Current.CancellationToken);
        bot.Api.Answer(HttpStatusCode.BadRequest, """{"code":21610,"message":"Attempt to send to unsubscribed recipient","status":400}""");

        Assert.True(await bot.Service<SmsSender>().SendProactiveAsync(conversationId, [Activity.Message("Recordatorio de su cita")], TestContext.Current.CancellationToken));
        await bot.Api.WaitForAsync(1);
        var store = bot.Service<IConversationStore>();
        var optedOut = false;
        for (var i = 0; i < 200 && !optedOut; i++)
        {
            optedOut = (await store.LoadAsync(conversationId, TestContext.Current.CancellationToken)).Data.OptedOut;
            await Task.Delay(25, TestContext.Current.CancellationToken);
        }

        Assert.True(optedOut);
        Assert.False(await bot.Service<SmsSender>().SendProactiveAsync(conversationId, [Activity.Message("Otro recordatorio")], TestContext.Current.CancellationToken));
    }
}
