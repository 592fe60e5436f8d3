using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PuenteBot.Channels.BotFramework;

namespace PuenteBot.Tests.Channels.BotFramework;

/// <summary>Settings that cannot work stop the bot at start-up, with a message that names no secret.</summary>
public class StartupValidationTests
{
    [Theory]
    [InlineData("MicrosoftAppId", "app-id", "MicrosoftAppPassword is required")]
    [InlineData("MicrosoftAppType", "Sideways", "MicrosoftAppType must be")]
    [InlineData("BotFramework:AllowedServiceUrls:0", "directline.botframework.com", "AllowedServiceUrls entries")]
    [InlineData("BotFramework:MaxRetries", "-1", "must not be negative")]
    [InlineData("BotFramework:OpenIdMetadataUrl", "login.botframework.com/v1", "must be absolute URLs")]
    public void Settings_that_cannot_work_are_refused_with_a_clear_message(string key, string value, string message)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        using var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddBotFrameworkChannel()
            .BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() =>
        {
            _ = provider.GetRequiredService<IOptions<BotAppCredentials>>().Value;
            _ = provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        });
        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bot_does_not_start_with_them() =>
        Assert.NotNull(Record.Exception(() => new BotFrameworkHost(new() { ["MicrosoftAppId"] = "app-id" })));
}
