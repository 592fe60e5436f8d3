using System.Globalization;
using System.Net.Http.Headers;

namespace PuenteBot.Escalations.Delivery;

/// <summary>The HTTP part the webhook and Teams notifiers share: one JSON POST carrying the idempotency key.</summary>
internal static class NotifierHttp
{
    public const string ClientName = "escalations";
    public const string IdempotencyHeader = "Idempotency-Key";
    public const string AttemptHeader = "X-PuenteBot-Attempt";

    /// <summary>Posts <paramref name="body"/>; throws <see cref="HttpRequestException"/> (with the status) unless the answer is 2xx.</summary>
    public static async Task PostAsync(
        IHttpClientFactory clients, string url, byte[] body, EscalationMessage message, IReadOnlyDictionary<string, string>? headers, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(IdempotencyHeader, message.IdempotencyKey);
        request.Headers.Add(AttemptHeader, message.Attempt.ToString(CultureInfo.InvariantCulture));
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"HTTP {(int)response.StatusCode}", null, response.StatusCode);
        }
    }
}
