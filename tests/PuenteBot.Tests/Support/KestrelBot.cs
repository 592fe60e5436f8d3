using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

using Microsoft.Extensions.DependencyInjection;

namespace PuenteBot.Tests.Support;

/// <summary>The real bot on a real loopback port (Kestrel), for clients that are separate programs (Node, Chromium).</summary>
public sealed class KestrelBot : IAsyncDisposable
{
    private readonly BotApplicationFactory factory;

    public KestrelBot(IReadOnlyDictionary<string, string?>? settings = null)
    {
        factory = new BotApplicationFactory(settings);
        factory.UseKestrel(0);
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }

    /// <summary>For example http://127.0.0.1:43567 (no trailing slash).</summary>
    public string BaseUrl { get; }

    public IServiceProvider Services => factory.Services;

    public string DatabasePath => factory.DatabasePath;

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}
