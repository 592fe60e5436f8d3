using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Handouts;

/// <summary>One bot in memory shared by the handout page tests, which only read.</summary>
public sealed class HandoutSiteFixture : IAsyncDisposable
{
    private readonly BotApplicationFactory factory = new();

    public HandoutSiteFixture() => Client = factory.CreateClient();

    public HttpClient Client { get; }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await factory.DisposeAsync();
    }
}
