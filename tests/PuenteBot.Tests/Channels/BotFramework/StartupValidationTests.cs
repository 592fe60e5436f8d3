using Microsoft.Extensions.Options;

namespace PuenteBot.Tests.Channels.BotFramework;

/// <summary>Settings that cannot work stop the bot at start-up, with a message that names no secret.</summary>
public class StartupValidationTests
{
    [Theory]
    [InlineData("MicrosoftAppId", "app-id", "MicrosoftAppPassword is required")]
    [InlineData("BotFramework:AllowedServiceUrls:0", "directline.botframework.com", "AllowedServiceUrls entries")]
    [InlineData("BotFramework:MaxRetries", "-1", "must not be negative")]
    [InlineData("BotFramework:OpenIdMetadataUrl", "login.botframework.com/v1", "must be absolute URLs")]
    [InlineData("MicrosoftAppType", "Sideways", "MicrosoftAppType must be")]
    public void The_bot_does_not_start_with_settings_that_cannot_work(string key, string value, string message)
    {
        var thrown = Record.Exception(() => new BotFrameworkHost(new() { [key] = value }));

        var exception = Assert.IsType<OptionsValidationException>(thrown is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerException : thrown);
        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
    }
}
