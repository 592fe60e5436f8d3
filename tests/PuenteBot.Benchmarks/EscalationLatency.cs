using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using PuenteBot.Hosting;

namespace PuenteBot.Benchmarks;

/// <summary>
/// From a crisis message received by <c>POST /api/messages</c> to the escalation's webhook POST arriving at a
/// receiver, both real Kestrel servers on loopback: N messages one after another, then N with 8 at a time.
/// Run: dotnet run -c Release --project tests/PuenteBot.Benchmarks -- escalation-latency [N]
/// </summary>
public static class EscalationLatency
{
    private const string Crisis = "I want to kill myself";

    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var folder = Directory.CreateTempSubdirectory("puentebot-latency-").FullName;
        var arrivals = new ConcurrentDictionary<string, TaskCompletionSource<long>>();
        await using var receiver = await StartReceiverAsync(arrivals);
        await using var bot = await StartBotAsync(folder, receiver.Urls.First() + "/hook");
        using var client = new HttpClient { BaseAddress = new Uri(bot.Urls.First()) };

        await MeasureAsync(client, arrivals, "warm-up", 20, 1);
        var sequential = await MeasureAsync(client, arrivals, "seq", count, 1);
        var concurrent = await MeasureAsync(client, arrivals, "par", count, 8);
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        Report("one at a time", sequential);
        Report("8 at a time", concurrent);
        Directory.Delete(folder, recursive: true);
        return 0;
    }

    private static async Task<List<double>> MeasureAsync(HttpClient client, ConcurrentDictionary<string, TaskCompletionSource<long>> arrivals, string prefix, int count, int parallel)
    {
        var latencies = new ConcurrentBag<double>();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, ct) =>
        {
            var conversation = $"{prefix}-{i}";
            var arrived = arrivals.GetOrAdd(conversation, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
            var sent = Stopwatch.GetTimestamp();
            using var response = await client.PostAsync("/api/messages", new StringContent(Message(conversation), Encoding.UTF8, "application/json"), ct);
            response.EnsureSuccessStatusCode();
            var at = await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
            latencies.Add(Stopwatch.GetElapsedTime(sent, at).TotalMilliseconds);
        });
        return [.. latencies.Order()];
    }

    private static void Report(string label, List<double> sorted) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: N={sorted.Count} p50={Percentile(sorted, 50):0.0} ms p95={Percentile(sorted, 95):0.0} ms p99={Percentile(sorted, 99):0.0} ms max={sorted[^1]:0.0} ms"));

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string Message(string conversation) => $$"""
        {"type":"message","id":"{{conversation}}-a","channelId":"emulator","serviceUrl":"http://127.0.0.1:9/","from":{"id":"user-1"},"recipient":{"id":"bot"},"conversation":{"id":"{{conversation}}"},"text":"{{Crisis}}","locale":"en-US","deliveryMode":"expectReplies"}
        """;

    private static async Task<WebApplication> StartReceiverAsync(ConcurrentDictionary<string, TaskCompletionSource<long>> arrivals)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            var at = Stopwatch.GetTimestamp();
            var body = await JsonNode.ParseAsync(request.Body);
            var conversation = (string)body!["conversationId"]!;
            arrivals.GetOrAdd(conversation, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(at);
            return Results.Ok();
        });
        await app.StartAsync();
        return app;
    }

    private static async Task<WebApplication> StartBotAsync(string folder, string webhookUrl)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(folder, "latency.db")}",
            ["Escalation:Webhook:Url"] = webhookUrl,
            ["Escalation:Webhook:Secret"] = "benchmark-secret-0123456789",
        });
        builder.AddPuenteBot();
        var app = builder.Build();
        app.MapPuenteBot();
        await app.StartAsync();
        return app;
    }
}
