using System.Net;

namespace PuenteBot.Tests.Channels.BotFramework;

/// <summary>
/// Signing keys are fetched once and reused, and fetched again when a token names a key not yet seen (the
/// identity library refreshes in the background, so the call that names the new key may itself be refused).
/// </summary>
public sealed class SigningKeyCacheTests : IAsyncLifetime
{
    private const string AppId = "app-id";

    private TestSigningAuthority authority = null!;
    private BotFrameworkHost host = null!;

    public async ValueTask InitializeAsync()
    {
        authority = await TestSigningAuthority.StartAsync("emulator");
        host = new BotFrameworkHost(new()
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "test-password",
            ["BotFramework:OpenIdMetadataUrl"] = authority.MetadataUrl,
        });
    }

    [Fact]
    public async Task Keys_are_fetched_once_for_many_calls()
    {
        for (var call = 0; call < 3; call++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostAsync()).StatusCode);
        }

        Assert.Equal(1, authority.KeyFetches);
    }

    [Fact]
    public async Task A_rolled_over_key_is_fetched_when_a_token_names_it()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync()).StatusCode);
        authority.Rotate();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 40 && statuses.LastOrDefault() != HttpStatusCode.OK; attempt++)
        {
            statuses.Add((await PostAsync()).StatusCode);
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Equal(HttpStatusCode.OK, statuses[^1]);
        Assert.Equal(2, authority.KeyFetches);
    }

    private Task<HttpResponseMessage> PostAsync() =>
        host.PostAsync(
            BotFrameworkHost.Message("hola", "http://127.0.0.1:9/", deliveryMode: "expectReplies"),
            authority.Token(AppId, "http://127.0.0.1:9/"));

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        await authority.DisposeAsync();
    }
}
