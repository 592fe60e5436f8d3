using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace PuenteBot.Tests.Channels.Sms;

/// <summary>
/// Twilio's REST API as a message handler: keeps every request and answers with the queued responses, then 201 with
/// a sid of its own (unique across fakes, as Twilio's are), after <see cref="Latency"/>.
/// </summary>
public sealed class FakeTwilioApi : HttpMessageHandler
{
    /// <summary>
    /// One request, with the sid the fake made for it (null when it gave one of the queued answers instead) and when it
    /// came (<see cref="System.Diagnostics.Stopwatch"/> ticks, to order the requests of several fakes).
    /// </summary>
    public sealed record Captured(HttpMethod Method, Uri Uri, string? Authorization, Dictionary<string, string> Form, string? Sid = null, long Received = 0);

    private readonly ConcurrentQueue<(HttpStatusCode Status, string Json)> answers = new();

    public ConcurrentQueue<Captured> Requests { get; } = new();

    /// <summary>How long each answer takes, so that instances sending together overlap.</summary>
    public TimeSpan Latency { get; set; }

    public void Answer(HttpStatusCode status, string json) => answers.Enqueue((status, json));

    public async Task<IReadOnlyList<Captured>> WaitForAsync(int count)
    {
        for (var i = 0; i < 200 && Requests.Count < count; i++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        return [.. Requests];
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var form = body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));
        var sid = answers.TryDequeue(out var answer) ? null : $"SM{Guid.NewGuid():N}";
        var (status, json) = sid is null ? answer : (HttpStatusCode.Created, $$"""{"sid":"{{sid}}","status":"queued"}""");
        Requests.Enqueue(new Captured(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), form, sid, System.Diagnostics.Stopwatch.GetTimestamp()));
        await Task.Delay(Latency, cancellationToken);
        return new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
    }
}
