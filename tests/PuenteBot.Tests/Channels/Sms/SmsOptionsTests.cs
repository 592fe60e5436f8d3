using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PuenteBot.Hosting;
using PuenteBot.Channels.Sms;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Channels.Sms;

public class SmsOptionsTests
{
    [Theory]
    [InlineData("Sms:PublicBaseUrl", "bot.example.org")]
    [InlineData("Sms:Twilio:ApiBaseUrl", "ftp://example.org")]
    [InlineData("Sms:ReplyWithin", "00:00:30")]
    [InlineData("Sms:MaxSegments", "0")]
    public void A_wrong_setting_stops_the_bot_at_start(string key, string value)
    {
        using var services = Services(new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(key.Split(':')[^1], error.Message);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Spanish_gsm7_only_is_off_unless_set(string? value, bool expected)
    {
        using var services = Services(new Dictionary<string, string?> { ["Sms:Spanish:Gsm7Only"] = value });

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(expected, services.GetRequiredService<IOptions<SmsOptions>>().Value.Spanish.Gsm7Only);
    }

    [Fact]
    public void A_spanish_gsm7_only_that_is_not_true_or_false_stops_the_bot_at_start()
    {
        using var services = Services(new Dictionary<string, string?> { ["Sms:Spanish:Gsm7Only"] = "sometimes" });

        var error = Assert.ThrowsAny<InvalidOperationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Gsm7Only", error.Message + error.InnerException?.Message);
    }

    [Fact]
    public async Task The_shipped_defaults_start_and_answer_within_twilios_window()
    {
        await using var bot = new BotApplicationFactory();
        bot.CreateClient();

        var options = ((IOptions<SmsOptions>)bot.Services.GetService(typeof(IOptions<SmsOptions>))!).Value;

        Assert.Equal((TimeSpan.FromSeconds(10), 3, "https://api.twilio.com"), (options.ReplyWithin, options.MaxSegments, options.Twilio.ApiBaseUrl));
    }

    /// <summary>The SMS channel's services over the shipped settings and <paramref name="settings"/>, validated as the host does at start.</summary>
    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: false)
            .AddInMemoryCollection(settings)
            .Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddPuenteBotCore().AddSms().BuildServiceProvider();
    }
}
