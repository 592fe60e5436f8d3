using System.Net;

namespace PuenteBot.Tests.Channels.BotFramework;

public class SigningKeysUnavailableTests
{
    [Fact]
    public async Task When_the_signing_keys_cannot_be_fetched_the_call_is_401_without_detail()
    {
        await using var authority = await TestSigningAuthority.StartAsync("emulator");
        var token = authority.Token("app-id", "http://127.0.0.1:9/");
        await using var host = new BotFrameworkHost(new()
        {
            ["MicrosoftAppId"] = "app-id",
            ["MicrosoftAppPassword"] = "test-password",
            ["BotFramework:OpenIdMetadataUrl"] = "http://127.0.0.1:9/v1/.well-known/openidconfiguration",
        });

        var response = await host.PostAsync(BotFrameworkHost.Message("hola", "http://127.0.0.1:9/"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
