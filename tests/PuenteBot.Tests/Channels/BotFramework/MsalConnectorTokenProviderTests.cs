using Microsoft.Extensions.Options;
using Moq;
using PuenteBot.Channels.BotFramework;

namespace PuenteBot.Tests.Channels.BotFramework;

/// <summary>
/// The real Microsoft.Identity.Client against a fake token endpoint behind the token HTTP client seam
/// (the library refuses authorities that are not https, so no local plain-HTTP server can stand in).
/// </summary>
public class MsalConnectorTokenProviderTests
{
    [Fact]
    public async Task A_single_tenant_bot_asks_its_own_tenant_and_reuses_the_cached_token()
    {
        using var endpoint = new FakeTokenEndpoint();
        var provider = Create(endpoint, new BotAppCredentials { MicrosoftAppId = "app", MicrosoftAppPassword = "pw", MicrosoftAppTenantId = "tenant-42", MicrosoftAppType = "SingleTenant" });

        var first = await provider.GetTokenAsync(TestContext.Current.CancellationToken);
        var second = await provider.GetTokenAsync(TestContext.Current.CancellationToken);

        Assert.Equal(FakeTokenEndpoint.AccessToken, first);
        Assert.Equal(first, second);
        var request = Assert.Single(endpoint.Requests);
        Assert.Equal("/tenant-42/oauth2/v2.0/token", request.Path);
    }

    [Fact]
    public async Task Without_an_app_id_there_is_no_token_and_no_request()
    {
        using var endpoint = new FakeTokenEndpoint();
        var provider = Create(endpoint, new BotAppCredentials());

        Assert.Null(await provider.GetTokenAsync(TestContext.Current.CancellationToken));
        Assert.Empty(endpoint.Requests);
    }

    private static MsalConnectorTokenProvider Create(FakeTokenEndpoint endpoint, BotAppCredentials credentials)
    {
        var httpClients = new Mock<IHttpClientFactory>();
        httpClients.Setup(factory => factory.CreateClient(BotFrameworkHttpClients.Token)).Returns(() => new HttpClient(endpoint, disposeHandler: false));
        return new MsalConnectorTokenProvider(Options.Create(new BotFrameworkOptions { AuthorityHost = "https://login.test" }), Options.Create(credentials), httpClients.Object);
    }
}
