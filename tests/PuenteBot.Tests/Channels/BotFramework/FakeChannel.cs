using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PuenteBot.Protocol;

namespace PuenteBot.Tests.Channels.BotFramework;

/// <summary>
/// A channel's connector on 127.0.0.1: records every POST under <c>v3/conversations</c> (raw path, Authorization
/// header, activity) and answers with the queued status codes first, then 200 with a <c>ResourceResponse</c>.
/// </summary>
public sealed class FakeChannel : IAsyncDisposable
{
    private readonly ConcurrentQueue<int> statuses = new();
    private LoopbackServer? server;

    public sealed record Call(string RawPath, string? Authorization, Activity Activity, int Status);

    public ConcurrentQueue<Call> Calls { get; } = new();

    public string ServiceUrl => server!.BaseUrl;

    public static async Task<FakeChannel> StartAsync()
    {
        var channel = new FakeChannel();
        channel.server = await LoopbackServer.StartAsync(app => app.MapPost("/v3/conversations/{**rest}", channel.ReceiveAsync));
        return channel;
    }

    /// <summary>Makes the next calls fail with these status codes, in order.</summary>
    public void FailNext(params int[] codes)
    {
        foreach (var code in codes)
        {
            statuses.Enqueue(code);
        }
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        var activity = await JsonSerializer.DeserializeAsync(context.Request.Body, ProtocolJsonContext.Default.Activity) ?? new Activity();
        var status = statuses.TryDequeue(out var queued) ? queued : StatusCodes.Status200OK;
        var rawPath = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget;
        Calls.Enqueue(new Call(rawPath, context.Request.Headers.Authorization.FirstOrDefault(), activity, status));
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status200OK)
        {
            await context.Response.WriteAsync($$"""{"id":"reply-{{Calls.Count}}"}""");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
