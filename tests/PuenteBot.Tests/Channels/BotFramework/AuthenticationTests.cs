using System.Net;
using PuenteBot.Channels.BotFramework;

namespace PuenteBot.Tests.Channels.BotFramework;

/// <summary>
/// With an app id set, only tokens the Bot Framework would accept get through. The signing keys come from a test
/// OpenID metadata endpoint on 127.0.0.1; replies go to a fake channel with the bot's own token from a fake
/// Microsoft Entra token endpoint.
/// </summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string EmulatorIssuerV1 = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";

    private readonly FakeTokenEndpoint tokenEndpoint = new();
    private TestSigningAuthority authority = null!;
    private FakeChannel channel = null!;
    private BotFrameworkHost host = null!;

    public async ValueTask InitializeAsync()
    {
        authority = await TestSigningAuthority.StartAsync("emulator", "webchat");
        channel = await FakeChannel.StartAsync();
        host = new BotFrameworkHost(
            new()
            {
                ["MicrosoftAppId"] = AppId,
                ["MicrosoftAppPassword"] = "test-password",
                ["MicrosoftAppType"] = "MultiTenant",
                ["BotFramework:OpenIdMetadataUrl"] = authority.MetadataUrl,
                ["BotFramework:EmulatorOpenIdMetadataUrl"] = authority.MetadataUrl,
                ["BotFramework:AuthorityHost"] = "https://login.test",
                ["BotFramework:AllowedServiceUrls:0"] = "http://127.0.0.1",
            },
            tokenEndpoint);
    }

    [Fact]
    public async Task A_valid_channel_token_is_accepted_and_replies_carry_the_bots_own_token()
    {
        var response = await host.PostAsync(BotFrameworkHost.Message("hola", channel.ServiceUrl), authority.Token(AppId, channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(channel.Calls);
        Assert.All(channel.Calls, call => Assert.Equal("Bearer " + FakeTokenEndpoint.AccessToken, call.Authorization));
        var tokenRequest = Assert.Single(tokenEndpoint.Requests);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", tokenRequest.Path);
        Assert.Contains("grant_type=client_credentials", tokenRequest.Form, StringComparison.Ordinal);
        Assert.Contains("client_id=" + AppId, tokenRequest.Form, StringComparison.Ordinal);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", tokenRequest.Form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_bots_own_token_is_refused_no_reply_is_sent_and_the_failure_is_logged()
    {
        tokenEndpoint.RefuseClient = true;

        var response = await host.PostAsync(BotFrameworkHost.Message("hola", channel.ServiceUrl), authority.Token(AppId, channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(channel.Calls);
        Assert.Contains(host.Logs.Lines, line => line.Contains("[4103]", StringComparison.Ordinal) && line.Contains("Msal", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_call_without_a_token_is_401_with_an_empty_body() =>
        await AssertUnauthorizedAsync(await host.PostAsync(BotFrameworkHost.Message("hola", channel.ServiceUrl)), "header");

    [Theory]
    [InlineData("abc.def.ghi")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln")]
    [InlineData("not-a-jwt")]
    public async Task A_token_that_is_not_a_jwt_is_401(string token) =>
        await AssertUnauthorizedAsync(await host.PostAsync(BotFrameworkHost.Message("hola", channel.ServiceUrl), token), "header");

    [Fact]
    public async Task An_unsigned_token_is_401() =>
        await AssertUnauthorizedAsync(await host.PostAsync(BotFrameworkHost.Message("hola", channel.ServiceUrl), TestSigningAuthority.Unsigned(AppId, channel.ServiceUrl)), "SecurityTokenInvalidSignatureException");

    [Fact]
    public async Task A_token_signed_by_an_unpublished_key_is_401() =>
        await AssertUnauthorizedAsync(await host.PostAsync(BotFrameworkHost.Message("hola", channel.ServiceUrl), authority.Token(AppId, channel.ServiceUrl, signedWithPublishedKey: false)), "SecurityTokenInvalidSignatureException");

    [Fact]
    public async Task An_expired_token_is_401() =>
        await AssertUnauthorizedAsync(await host.PostAsync(BotFrameworkHost.Message("hola", channel.ServiceUrl), authority.Token(AppId, channel.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-6))), "SecurityTokenExpiredException");

    [Fact]
    public async Task A_token_for_another_app_is_401() =>
        await AssertUnauthorizedAsync(await host.PostAsync(BotFrameworkHost.Message("hola", channel.ServiceUrl), authority.Token("another-app", channel.ServiceUrl)), "SecurityTokenInvalidAudienceException");

    [Fact]
    public async Task A_token_from_another_issuer_is_401() =>
        await AssertUnauthorizedAsync(await host.PostAsync(BotFrameworkHost.Message("hola", channel.ServiceUrl), authority.Token(AppId, channel.ServiceUrl, issuer: "https://issuer.invalid")), "SecurityTokenInvalidIssuerException");

    [Fact]
    public async Task A_token_for_another_service_url_is_401() =>
        await AssertUnauthorizedAsync(await host.PostAsync(BotFrameworkHost.Message("hola", channel.ServiceUrl), authority.Token(AppId, "https://other.botframework.com/")), "serviceurl");

    [Fact]
    public async Task A_key_not_endorsed_for_the_activitys_channel_is_401() =>
        await AssertUnauthorizedAsync(await host.PostAsync(BotFrameworkHost.Message("hola", channel.ServiceUrl, channelId: "msteams"), authority.Token(AppId, channel.ServiceUrl)), "endorsement");

    [Fact]
    public async Task A_token_within_the_clock_skew_is_still_accepted()
    {
        var response = await host.PostAsync(BotFrameworkHost.Message("hola", channel.ServiceUrl), authority.Token(AppId, channel.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-2)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_emulator_token_for_this_app_is_accepted()
    {
        var claims = new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = AppId };
        var token = authority.Token(AppId, channel.ServiceUrl, issuer: EmulatorIssuerV1, claims: claims);

        var response = await host.PostAsync(BotFrameworkHost.Message("hola", channel.ServiceUrl, channelId: "msteams"), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_emulator_token_issued_to_another_app_is_401()
    {
        var claims = new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = "another-app" };
        var token = authority.Token(AppId, channel.ServiceUrl, issuer: EmulatorIssuerV1, claims: claims);

        await AssertUnauthorizedAsync(await host.PostAsync(BotFrameworkHost.Message("hola", channel.ServiceUrl), token), "appid");
    }

    private async Task AssertUnauthorizedAsync(HttpResponseMessage response, string loggedReason)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Empty(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Empty(channel.Calls);
        Assert.Contains(host.Logs.Lines, line => line.Contains("[4100] Bot Framework call rejected: " + loggedReason, StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains("eyJ", StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        await channel.DisposeAsync();
        await authority.DisposeAsync();
        tokenEndpoint.Dispose();
    }
}
