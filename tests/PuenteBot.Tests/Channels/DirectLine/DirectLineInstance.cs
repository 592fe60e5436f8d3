using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PuenteBot.Tests.Portal;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Channels.DirectLine;

/// <summary>
/// One instance of the whole bot (with the portal's account) on a <see cref="TestDatabase"/>: several on one database
/// stand for several processes behind a load balancer, and a new one after another was disposed for a restart.
/// </summary>
public sealed class DirectLineInstance : IAsyncDisposable
{
    private readonly BotApplicationFactory factory;
    private readonly WebApplicationFactory<Program> host;

    public DirectLineInstance(
        TestDatabase database,
        TimeProvider? clock = null,
        CapturingLoggerProvider? logs = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        factory = new BotApplicationFactory(Settings(database, settings));
        host = factory.WithWebHostBuilder(builder =>
        {
            builder.ConfigureTestServices(replaced =>
            {
                if (clock is not null)
                {
                    replaced.AddSingleton(clock);
                }

                services?.Invoke(replaced);
            });
            if (logs is not null)
            {
                builder.ConfigureLogging(logging => logging.AddProvider(logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace));
            }
        });
        Api = new DirectLineApi(host.CreateClient());
    }

    public DirectLineApi Api { get; }

    public IServiceProvider Services => host.Services;

    /// <summary>
    /// The settings of an instance on <paramref name="database"/>: its storage, a short SQLite poll, the portal's
    /// account, the spool in the test's folder, then <paramref name="extra"/>.
    /// </summary>
    public static Dictionary<string, string?> Settings(TestDatabase database, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(database.Settings)
        {
            ["DirectLine:PollInterval"] = "00:00:00.050",
            ["Escalation:Spool:Folder"] = Path.Combine(database.Folder, "spool"),
        };
        foreach (var (key, value) in PortalSite.Settings().Concat(extra ?? new Dictionary<string, string?>()))
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Opens the conversation's WebSocket stream on this instance from <paramref name="watermark"/>.</summary>
    public Task<DirectLineSocket> StreamAsync(string conversationId, string token, string watermark = "") =>
        DirectLineSocket.ConnectAsync(host.Server.CreateWebSocketClient(), new Uri(
            $"ws://localhost{DirectLineApi.Prefix}/conversations/{conversationId}/stream?watermark={watermark}&t={Uri.EscapeDataString(token)}"));

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        await factory.DisposeAsync();
    }
}
