using System.Net;
using System.Xml.Linq;
using PuenteBot.Channels.Sms;

namespace PuenteBot.Tests.Channels.Sms;

/// <summary>Posts Twilio's inbound-SMS form to the bot's webhook and reads the TwiML back.</summary>
public sealed class SmsWebhookClient(HttpClient http, string phone = "+15005550006", string? authToken = null, string publicUrl = "https://bot.example.org/api/sms/twilio")
{
    private static int sequence;

    public sealed record Reply(HttpStatusCode Status, string Body, IReadOnlyList<string> Messages);

    public static string NewMessageSid() => "SM" + Interlocked.Increment(ref sequence).ToString("D32", System.Globalization.CultureInfo.InvariantCulture);

    public Dictionary<string, string> Form(string body, string? messageSid = null) => new()
    {
        ["AccountSid"] = "AC" + new string('0', 32),
        ["ApiVersion"] = "2010-04-01",
        ["Body"] = body,
        ["From"] = phone,
        ["FromCountry"] = "US",
        ["MessageSid"] = messageSid ?? NewMessageSid(),
        ["NumMedia"] = "0",
        ["NumSegments"] = "1",
        ["SmsStatus"] = "received",
        ["To"] = "+15005550001",
    };

    public Task<Reply> SendAsync(string body, string? messageSid = null) => PostAsync(Form(body, messageSid));

    /// <summary>Posts the form, signed with C#'s <see cref="TwilioSignature"/> when an auth token is set, or with <paramref name="signature"/>.</summary>
    public async Task<Reply> PostAsync(IReadOnlyDictionary<string, string> form, string? signature = null, string path = "/api/sms/twilio")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        signature ??= authToken is null ? null : TwilioSignature.Compute(authToken, publicUrl, form.Select(p => KeyValuePair.Create(p.Key, (IReadOnlyList<string>)[p.Value])));
        if (signature is not null)
        {
            request.Headers.Add(TwilioSignature.Header, signature);
        }

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new Reply(response.StatusCode, text, response.IsSuccessStatusCode ? MessagesOf(text) : []);
    }

    public static IReadOnlyList<string> MessagesOf(string twiml) =>
        [.. XDocument.Parse(twiml).Root!.Elements("Message").Select(m => m.Value)];
}
