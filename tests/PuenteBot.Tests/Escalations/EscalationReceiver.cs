using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PuenteBot.Tests.Escalations;

/// <summary>
/// A webhook receiver on a real loopback port, as a care team's system would run one: it records every request,
/// answers with what <see cref="Answer"/> says, and processes each idempotency key once.
/// </summary>
public sealed class EscalationReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly SemaphoreSlim arrivals = new(0);

    private EscalationReceiver(WebApplication app) => this.app = app;

    public sealed record Request(string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body)
    {
        public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
    }

    public int Port { get; private set; }

    public string Url => $"http://127.0.0.1:{Port}/hook";

    public ConcurrentQueue<Request> Requests { get; } = new();

    /// <summary>Idempotency keys answered 2xx, with how many times each was.</summary>
    public ConcurrentDictionary<string, int> Processed { get; } = new();

    /// <summary>Decides each answer's status; the default accepts everything.</summary>
    public Func<Request, Task<int>> Answer { get; set; } = _ => Task.FromResult(StatusCodes.Status200OK);

    public static async Task<EscalationReceiver> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new EscalationReceiver(app);
        app.MapPost("/{**path}", receiver.ReceiveAsync);
        await app.StartAsync();
        receiver.Port = new Uri(app.Urls.First()).Port;
        return receiver;
    }

    /// <summary>A loopback port nobody listens on (yet).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until <paramref name="condition"/> holds, re-checking as each request arrives and as it is answered; fails after a minute.</summary>
    public async Task WaitUntilAsync(Func<EscalationReceiver, bool> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        while (!condition(this))
        {
            try
            {
                await arrivals.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                Assert.Fail($"The receiver waited a minute; it had {Requests.Count} requests.");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        var request = new Request(context.Request.Path, headers, body.ToArray());
        Requests.Enqueue(request);
        arrivals.Release();
        try
        {
            var status = await Answer(request);
            if (status is >= 200 and < 300 && request.Header("Idempotency-Key") is { } key)
            {
                Processed.AddOrUpdate(key, 1, (_, count) => count + 1);
            }

            context.Response.StatusCode = status;
        }
        finally
        {
            arrivals.Release();
        }
    }
}
