using Microsoft.Extensions.Options;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Escalations;

/// <summary>Bad escalation settings stop the bot at start with a message naming the key.</summary>
public class EscalationOptionsTests
{
    [Theory]
    [InlineData("Escalation:Webhook:Url", "http://127.0.0.1:9/hook", "Escalation:Webhook:Secret")]
    [InlineData("Escalation:Teams:WebhookUrl", "not a url", "Escalation:Teams:WebhookUrl")]
    [InlineData("Escalation:Email:SmtpHost", "127.0.0.1", "Escalation:Email:From")]
    [InlineData("Escalation:Delivery:MaxAttempts", "0", "Escalation:Delivery")]
    [InlineData("Clinicians:Language", "fr", "Clinicians:Language")]
    public void The_bot_does_not_start_with_a_bad_setting(string key, string value, string named)
    {
        using var factory = new BotApplicationFactory(new Dictionary<string, string?> { [key] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => factory.StartServer());

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }
}
