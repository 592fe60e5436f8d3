using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PuenteBot.Hosting;

namespace PuenteBot.Tests.Escalations;

/// <summary>
/// Bad escalation settings stop the bot at start (ValidateOnStart) with a message naming the key. Checked through
/// the start-up validator of the real registrations rather than a failing web host, whose disposal races.
/// </summary>
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
        using var services = Services(new Dictionary<string, string?> { [key] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_defaults_are_valid()
    {
        using var services = Services([]);

        services.GetRequiredService<IStartupValidator>().Validate();
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: false)
            .AddInMemoryCollection(settings)
            .Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddPuenteBotCore().BuildServiceProvider();
    }
}
