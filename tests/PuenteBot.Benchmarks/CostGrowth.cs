using Stopwatch = System.Diagnostics.Stopwatch;
using Process = System.Diagnostics.Process;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Hosting;
using PuenteBot.Protocol;
using PuenteBot.State;
using PuenteBot.Turns;

namespace PuenteBot.Benchmarks;

/// <summary>
/// How a conversation's cost grows with its length, on SQLite or PostgreSQL: the stored state's size and the
/// mean time of a turn after 10, 100 and 1,000 turns of one conversation (the whole pipeline with its load and
/// save, no HTTP), and the process's memory after 10,000 conversations of one turn each have gone idle.
/// <code>dotnet run -c Release --project tests/PuenteBot.Benchmarks -- growth [sqlite|postgres "connection string"]</code>
/// </summary>
public static class CostGrowth
{
    private static readonly string[] Texts =
    [
        "hola", "sí", "1", "no tengo carro", "trabajo hasta las 5", "no sé", "gracias", "menu",
        "my son doesn't want to go", "ok", "2", "we have medicaid",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var provider = args.Length > 0 ? args[0] : StorageOptions.Sqlite;
        var folder = Directory.CreateTempSubdirectory("puentebot-growth-").FullName;
        var connectionString = provider == StorageOptions.Postgres ? args[1] : $"Data Source={Path.Combine(folder, "growth.db")}";
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = provider,
                ["Storage:ConnectionString"] = connectionString,
                ["Escalation:Spool:Folder"] = Path.Combine(folder, "spool"),
            })
            .Build();
        await using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddPuenteBotCore().BuildServiceProvider();
        var pipeline = services.GetRequiredService<TurnPipeline>();
        var store = services.GetRequiredService<IConversationStore>();

        Console.WriteLine($"provider: {provider}");
        Console.WriteLine("| turns so far | state size | mean turn (next 20 turns) |");
        Console.WriteLine("| ---: | ---: | ---: |");
        var turns = 0;
        var largest = string.Empty;
        foreach (var mark in new[] { 10, 100, 1000 })
        {
            for (; turns < mark; turns++)
            {
                await pipeline.ProcessAsync(Message("long", turns), CancellationToken.None);
            }

            var json = ConversationDataSerializer.Serialize((await store.LoadAsync("long", CancellationToken.None)).Data);
            var size = json.Length;
            largest = Largest(json);
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < 20; i++)
            {
                await pipeline.ProcessAsync(Message("long", turns + i), CancellationToken.None);
            }

            watch.Stop();
            turns += 20;
            Console.WriteLine($"| {mark:N0} | {size:N0} characters | {watch.Elapsed.TotalMilliseconds / 20:F2} ms |");
        }

        Console.WriteLine($"largest parts of the state at 1,000 turns: {largest}");
        var before = Memory();
        for (var i = 0; i < 10_000; i++)
        {
            await pipeline.ProcessAsync(Message($"idle-{i}", 0), CancellationToken.None);
        }

        var after = Memory();
        Console.WriteLine($"10,000 idle conversations: managed heap {before.Heap / 1048576.0:F1} → {after.Heap / 1048576.0:F1} MB, working set {before.WorkingSet / 1048576.0:F1} → {after.WorkingSet / 1048576.0:F1} MB");
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }

        return 0;
    }

    private static Activity Message(string conversation, int n) => new()
    {
        Type = ActivityTypes.Message,
        Id = $"{conversation}-{n}",
        ChannelId = "emulator",
        ServiceUrl = "http://127.0.0.1:9/",
        From = new ChannelAccount { Id = "family-" + conversation },
        Recipient = new ChannelAccount { Id = "bot" },
        Conversation = new ConversationAccount { Id = conversation },
        Text = Texts[n % Texts.Length],
        Locale = "es-US",
    };

    /// <summary>The three largest members of the state and of its notes, by characters of JSON.</summary>
    private static string Largest(string json)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        var parts = root.Select(p => (p.Key, Size: p.Value?.ToJsonString().Length ?? 0));
        if (root["notes"] is System.Text.Json.Nodes.JsonObject notes)
        {
            parts = parts.Concat(notes.Select(p => ("notes." + p.Key, Size: p.Value?.ToJsonString().Length ?? 0)));
        }

        return string.Join(", ", parts.OrderByDescending(p => p.Size).Take(4).Select(p => $"{p.Key} {p.Size:N0}"));
    }

    private static (long Heap, long WorkingSet) Memory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }
}
