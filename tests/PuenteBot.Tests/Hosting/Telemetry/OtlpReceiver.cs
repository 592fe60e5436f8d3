using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PuenteBot.Tests.Channels.BotFramework;

namespace PuenteBot.Tests.Hosting.Telemetry;

/// <summary>
/// An OTLP/HTTP collector on 127.0.0.1: keeps the body of every <c>POST /v1/traces</c>, <c>/v1/metrics</c> and
/// <c>/v1/logs</c> (protobuf, as the exporter sends it) and answers 200 with an empty export response.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private LoopbackServer? server;

    /// <summary>Each received body, by signal (<c>traces</c>, <c>metrics</c>, <c>logs</c>).</summary>
    public ConcurrentDictionary<string, ConcurrentQueue<byte[]>> Bodies { get; } = new();

    public string Endpoint => server!.BaseUrl;

    public static async Task<OtlpReceiver> StartAsync()
    {
        var receiver = new OtlpReceiver();
        receiver.server = await LoopbackServer.StartAsync(app => app.MapPost("/v1/{signal}", receiver.ReceiveAsync));
        return receiver;
    }

    public IReadOnlyList<byte[]> Of(string signal) => Bodies.TryGetValue(signal, out var bodies) ? [.. bodies] : [];

    /// <summary>Every span received: OTLP <c>ExportTraceServiceRequest</c> → resource_spans (1) → scope_spans (2) → spans (2).</summary>
    public IReadOnlyList<ProtoReader> Spans() =>
        [.. Of("traces").SelectMany(body => new ProtoReader(body).Messages(1)).SelectMany(r => r.Messages(2)).SelectMany(s => s.Messages(2))];

    /// <summary>Every metric received: resource_metrics (1) → scope_metrics (2) → metrics (2).</summary>
    public IReadOnlyList<ProtoReader> Metrics() =>
        [.. Of("metrics").SelectMany(body => new ProtoReader(body).Messages(1)).SelectMany(r => r.Messages(2)).SelectMany(s => s.Messages(2))];

    private async Task ReceiveAsync(HttpContext context, string signal)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        Bodies.GetOrAdd(signal, _ => new ConcurrentQueue<byte[]>()).Enqueue(body.ToArray());
        context.Response.ContentType = "application/x-protobuf";
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
