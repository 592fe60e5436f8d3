using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Channels.Sms;

public class SmsPrivacyTests
{
    [Fact]
    public async Task Logs_carry_the_hashed_conversation_id_never_the_phone_number_or_the_text()
    {
        var logs = new CapturingLoggerProvider();
        await using var factory = new BotApplicationFactory(new Dictionary<string, string?> { ["Sms:Twilio:AuthToken"] = "test-auth-token-not-real" });
        await using var bot = factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging =>
            logging.AddProvider(logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace)));
        var sms = new SmsWebhookClient(bot.CreateClient(), "+15005550006", "test-auth-token-not-real", "http://localhost/api/sms/twilio");
        var sid = SmsWebhookClient.NewMessageSid();

        await sms.SendAsync("hola marcador-privado-77", sid);
        await sms.SendAsync("hola marcador-privado-77", sid);
        await sms.PostAsync(sms.Form("me quiero morir marcador-privado-77"), "forged");

        Assert.Contains(logs.Lines, line => line.Contains("[2101]", StringComparison.Ordinal) && line.Contains(sid, StringComparison.Ordinal) && line.Contains("sms-", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.Contains("[2100]", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("5005550006", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("marcador-privado", StringComparison.Ordinal));
    }
}
