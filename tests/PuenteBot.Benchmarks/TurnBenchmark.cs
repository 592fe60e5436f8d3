using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Hosting;
using PuenteBot.Protocol;
using PuenteBot.State;
using PuenteBot.Turns;

namespace PuenteBot.Benchmarks;

/// <summary>
/// Where the time of one turn goes: reading the activity, the recognizers, the SQLite load and save, and the
/// whole turn through the pipeline (the same work <c>POST /api/messages</c> does, without HTTP).
/// </summary>
[MemoryDiagnoser]
public class TurnBenchmark
{
    private const string Body = """{"type":"message","id":"act-1","timestamp":"2026-01-01T00:00:00.000Z","channelId":"emulator","serviceUrl":"http://127.0.0.1:9/","from":{"id":"user-1","name":"User"},"recipient":{"id":"bot","name":"Bot"},"conversation":{"id":"conv-1"},"text":"hello 1","locale":"en-US","deliveryMode":"expectReplies"}""";
    private const int Conversations = 1000;

    private readonly string folder = Directory.CreateTempSubdirectory("puentebot-bench-").FullName;
    private ServiceProvider services = null!;
    private TurnPipeline pipeline = null!;
    private IConversationStore store = null!;
    private RiskDecider risk = null!;
    private LanguageRecognizer language = null!;
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = $"Data Source={Path.Combine(folder, "bench.db")}" })
            .Build();
        services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddPuenteBotCore().BuildServiceProvider();
        pipeline = services.GetRequiredService<TurnPipeline>();
        store = services.GetRequiredService<IConversationStore>();
        risk = services.GetRequiredService<RiskDecider>();
        language = services.GetRequiredService<LanguageRecognizer>();
        for (var i = 0; i < Conversations; i++)
        {
            pipeline.ProcessAsync(Activity("hello", i), CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark]
    public Activity? ReadActivityJson() => JsonSerializer.Deserialize(Body, ProtocolJsonContext.Default.Activity);

    [Benchmark]
    public RiskAssessment RiskCheck() => risk.Assess("hello 1");

    [Benchmark]
    public LanguageResult Language() => language.Detect("hello 1");

    [Benchmark]
    public async Task<bool> StoreLoadAndSave()
    {
        var id = "conv-" + (next++ % Conversations);
        var stored = await store.LoadAsync(id, CancellationToken.None);
        return await store.TrySaveAsync(new ConversationWrite(id, "emulator", stored.Version, stored.Data, [], [], DateTimeOffset.UtcNow), CancellationToken.None);
    }

    [Benchmark]
    public Task<TurnResult> WholeTurn() => pipeline.ProcessAsync(Activity("hello 1", next++ % Conversations), CancellationToken.None);

    private static Activity Activity(string text, int conversation) => new()
    {
        Type = ActivityTypes.Message,
        Id = "act-" + conversation,
        ChannelId = "emulator",
        ServiceUrl = "http://127.0.0.1:9/",
        From = new ChannelAccount { Id = "user-" + conversation },
        Recipient = new ChannelAccount { Id = "bot" },
        Conversation = new ConversationAccount { Id = "conv-" + conversation },
        Text = text,
        Locale = "en-US",
    };
}
