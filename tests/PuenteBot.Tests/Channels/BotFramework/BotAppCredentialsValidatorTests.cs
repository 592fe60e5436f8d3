using PuenteBot.Channels.BotFramework;

namespace PuenteBot.Tests.Channels.BotFramework;

public class BotAppCredentialsValidatorTests
{
    [Theory]
    [InlineData(null, null, null, "MultiTenant", true)]
    [InlineData("app", "secret", null, "MultiTenant", true)]
    [InlineData("app", null, null, "MultiTenant", false)]
    [InlineData("app", "secret", "tenant", "SingleTenant", true)]
    [InlineData("app", "secret", null, "SingleTenant", false)]
    [InlineData("app", null, "tenant", "UserAssignedMSI", true)]
    [InlineData("app", "secret", "tenant", "UserAssignedMSI", false)]
    [InlineData("app", null, null, "UserAssignedMSI", false)]
    [InlineData(null, null, null, "Sideways", false)]
    public void App_types_need_their_keys(string? appId, string? password, string? tenant, string appType, bool valid)
    {
        var credentials = new BotAppCredentials { MicrosoftAppId = appId, MicrosoftAppPassword = password, MicrosoftAppTenantId = tenant, MicrosoftAppType = appType };

        var result = new BotAppCredentialsValidator().Validate(null, credentials);

        Assert.Equal(valid, result.Succeeded);
        Assert.DoesNotContain("secret", result.FailureMessage ?? string.Empty, StringComparison.Ordinal);
    }
}
