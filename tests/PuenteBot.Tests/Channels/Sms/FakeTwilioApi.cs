using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace PuenteBot.Tests.Channels.Sms;

/// <summary>Twilio's REST API as a message handler: keeps every request and answers with the queued responses, then 201.</summary>
public sealed class FakeTwilioApi : HttpMessageHandler
{
    public sealed record Captured(HttpMethod Method, Uri Uri, string? Authorization, Dictionary<string, string> Form);

    private readonly ConcurrentQueue<(HttpStatusCode Status, string Json)> answers = new();

    public ConcurrentQueue<Captured> Requests { get; } = new();

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
        Requests.Enqueue(new Captured(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), form));
        var (status, json) = answers.TryDequeue(out var answer)
            ? answer
            : (HttpStatusCode.Created, $$"""{"sid":"SM{{Requests.Count:D32}}","status":"queued"}""");
        return new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
    }
}
