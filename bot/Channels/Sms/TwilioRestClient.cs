using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PuenteBot.Hosting.Telemetry;

namespace PuenteBot.Channels.Sms;

/// <summary>
/// Twilio's Messages API: a form post to <c>/2010-04-01/Accounts/{AccountSid}/Messages.json</c> with Basic
/// authentication. Transient failures are retried with backoff by the HTTP client's resilience handler; error
/// 21610 (the recipient opted out) is reported as <see cref="TwilioSendStatus.OptedOut"/>, never retried.
/// </summary>
public sealed class TwilioRestClient(IHttpClientFactory clients, IOptions<SmsOptions> options)
{
    public const string HttpClientName = "twilio";
    public const int UnsubscribedRecipient = 21610;

    public async Task<TwilioSendResult> SendAsync(string to, string from, string body, string? statusCallback, CancellationToken cancellationToken)
    {
        var twilio = options.Value.Twilio;
        var fields = new List<KeyValuePair<string, string>> { new("To", to), new("From", from), new("Body", body) };
        if (statusCallback is not null)
        {
            fields.Add(new("StatusCallback", statusCallback));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, MessagesUrl(twilio))
        {
            Content = new FormUrlEncodedContent(fields),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{twilio.AccountSid}:{twilio.AuthToken}")));
        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            using var json = await ReadJsonAsync(response, cancellationToken);
            var root = json?.RootElement;
            if (response.IsSuccessStatusCode)
            {
                PuenteBotMetrics.SmsSent("rest", [body]);
                return new TwilioSendResult(TwilioSendStatus.Accepted, MessageSid: Text(root, "sid"), HttpStatus: (int)response.StatusCode);
            }

            var code = root is { } error && error.TryGetProperty("code", out var c) && c.TryGetInt32(out var n) ? n : (int?)null;
            return new TwilioSendResult(
                code == UnsubscribedRecipient ? TwilioSendStatus.OptedOut : TwilioSendStatus.Failed,
                ErrorCode: code,
                HttpStatus: (int)response.StatusCode);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException)
        {
            return new TwilioSendResult(TwilioSendStatus.Failed);
        }
    }

    private static Uri MessagesUrl(TwilioOptions twilio) =>
        new($"{twilio.ApiBaseUrl.TrimEnd('/')}/2010-04-01/Accounts/{Uri.EscapeDataString(twilio.AccountSid)}/Messages.json");

    private static async Task<JsonDocument?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
