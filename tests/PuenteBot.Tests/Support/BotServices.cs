using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PuenteBot.Hosting;
using PuenteBot.Protocol;
using PuenteBot.State;
using PuenteBot.Turns;

namespace PuenteBot.Tests.Support;

/// <summary>
/// The bot's real services (recognizers, dialogs, turn pipeline, SQLite store) without HTTP, on a given
/// database file; one instance stands for one process.
/// </summary>
public sealed class BotServices : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    public BotServices(
        string connectionString,
        ILoggerProvider? logs = null,
        Action<IServiceCollection>? configure = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "sqlite",
                ["Storage:ConnectionString"] = connectionString,
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(builder =>
        {
            builder.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
            {
                builder.AddProvider(logs);
            }
        });
        services.AddPuenteBotCore();
        configure?.Invoke(services);
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public IServiceProvider Services => provider;

    public TurnPipeline Pipeline => provider.GetRequiredService<TurnPipeline>();

    public IConversationStore Store => provider.GetRequiredService<IConversationStore>();

    public Task<TurnResult> SendAsync(Activity activity) => Pipeline.ProcessAsync(activity, TestContext.Current.CancellationToken);

    public Task<TurnResult> SayAsync(string conversationId, string text, string channelId = "test") =>
        SendAsync(TestActivities.Message(conversationId, text, channelId));

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
