using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Hosting;

/// <summary>
/// A bounded fuzz run (the signed-in portal in EndpointFuzzTests.Portal.cs): the same mutations (wrong content types and methods, truncated or invalid JSON, huge
/// numbers, odd Unicode, missing fields, odd paths and queries) on every public endpoint, from a fixed seed, about
/// two thousand requests against the bot in memory. Bad input must get a 4xx (or a 2xx), never a 5xx.
/// </summary>
public sealed partial class EndpointFuzzTests
{
    private const int Seed = 18;
    private const int Rounds = 170;
    private const string ApiKey = "fuzz-clinician-key-0123456789";

    private static readonly string[] OddText =
    [
        "", " ", "\u0000", "\uFEFF", "\u202Eolleh", "hola 👋🏽 señora", "\\ud800", "a\u0301\u0301\u0301", "%00", "../../etc/passwd",
        "<script>alert(1)</script>", "' OR 1=1 --", new string('ñ', 5000), "\r\n\r\nX-Injected: 1", "STOP", "borrar mis datos",
    ];

    /// <summary>The odd texts that can be in a URL path: a NUL there is refused by the server itself (Kestrel: 400) before any endpoint, and the in-memory test server throws instead.</summary>
    private static readonly string[] PathText = [.. OddText.Where(text => !text.Contains('\0', StringComparison.Ordinal) && text != "%00")];

    private static readonly string[] OddNumbers = ["1e999999", "-1", "0", "99999999999999999999999", "2147483648", "-2147483649", "1.5", "NaN", "null", "true", "\"12\""];

    private static readonly string[] ContentTypes =
    [
        "application/json", "application/json; charset=utf-16", "text/plain", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", "application/xml", "application/json; charset=nonsense", "", "*/*",
    ];

    private static readonly HttpMethod[] Methods = [HttpMethod.Get, HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Head, HttpMethod.Options];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Mutated_requests_on_every_public_endpoint_never_get_a_5xx()
    {
        await using var factory = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Clinicians:ApiKeys:0"] = ApiKey,
            ["Escalation:Delivery:PollInterval"] = "01:00:00",
        });
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var (conversationId, token) = await DirectLineConversationAsync(client);
        var (sent, failures) = await SendMutatedAsync(client, Targets(conversationId, token), Rounds);

        Assert.True(sent >= 2000, $"only {sent} requests");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} requests failed on the server:\n{string.Join('\n', failures.Take(20))}");
    }

    /// <summary>Sends <paramref name="rounds"/> mutated copies of every target from the fixed seed; counts them and lists each 5xx or exception.</summary>
    private static async Task<(int Sent, List<string> Failures)> SendMutatedAsync(HttpClient client, List<Target> targets, int rounds)
    {
        var random = new Random(Seed);
        var failures = new List<string>();
        var sent = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var target in targets)
            {
                using var request = Mutate(target, random, round);
                var label = $"{request.Method} {request.RequestUri} [{target.Name}, round {round}]";
                try
                {
                    using var response = await client.SendAsync(request, Ct);
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{(int)response.StatusCode} {label}");
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !Ct.IsCancellationRequested)
                {
                    failures.Add($"{exception.GetType().Name} {label}: {exception.Message}");
                }

                sent++;
            }
        }

        return (sent, failures);
    }

    [Theory]
    [InlineData("/api/families")]
    [InlineData("/api/escalations/0123456789abcdef0123456789abcdef/ack")]
    [InlineData("/api/messages")]
    public async Task A_body_in_a_charset_nobody_knows_is_a_415(string path)
    {
        await using var factory = new BotApplicationFactory(new Dictionary<string, string?> { ["Clinicians:ApiKeys:0"] = ApiKey });
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes("{}")) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=nonsense");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + ApiKey);

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(System.Net.HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    /// <summary>One endpoint: its usual method and path, the authorization it needs, and a well-formed body to mutate.</summary>
    private sealed record Target(string Name, HttpMethod Method, string Path, string? Authorization, Func<JsonObject>? Json, Func<Dictionary<string, string>>? Form = null);

    private static List<Target> Targets(string conversationId, string token) =>
    [
        new("messages", HttpMethod.Post, "/api/messages", null, () => JsonNode.Parse(
            """{"type":"message","id":"a1","channelId":"emulator","serviceUrl":"https://fuzz.invalid/","from":{"id":"u1"},"recipient":{"id":"b1"},"conversation":{"id":"fuzz-1"},"text":"hola","locale":"es-US","deliveryMode":"expectReplies"}""")!.AsObject()),
        new("dl-generate", HttpMethod.Post, "/v3/directline/tokens/generate", null, () => new JsonObject { ["user"] = new JsonObject { ["id"] = "dl_fuzz" } }),
        new("dl-refresh", HttpMethod.Post, "/v3/directline/tokens/refresh", "Bearer " + token, () => new JsonObject()),
        new("dl-start", HttpMethod.Post, "/v3/directline/conversations", "Bearer " + token, () => new JsonObject()),
        new("dl-reconnect", HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=0", "Bearer " + token, null),
        new("dl-post", HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", "Bearer " + token, () => JsonNode.Parse(
            """{"type":"message","from":{"id":"dl_fuzz"},"text":"hello","locale":"en-US"}""")!.AsObject()),
        new("dl-get", HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark=0", "Bearer " + token, null),
        new("dl-stream", HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/stream?watermark=0", "Bearer " + token, null),
        new("sms", HttpMethod.Post, "/api/sms/twilio", null, null, () => new() { ["From"] = "+15555550123", ["To"] = "+15555550100", ["Body"] = "hola", ["MessageSid"] = "SMfuzz" }),
        new("sms-status", HttpMethod.Post, "/api/sms/twilio/status", null, null, () => new() { ["MessageSid"] = "SMfuzz", ["MessageStatus"] = "delivered" }),
        new("signin", HttpMethod.Post, "/portal/signin", null, null, () => new() { ["user"] = "nurse", ["password"] = "wrong" }),
        new("escalations", HttpMethod.Get, "/api/escalations?page=1&pageSize=20", "Bearer " + ApiKey, null),
        new("escalation", HttpMethod.Get, "/api/escalations/0123456789abcdef0123456789abcdef", "Bearer " + ApiKey, null),
        new("ack", HttpMethod.Post, "/api/escalations/0123456789abcdef0123456789abcdef/ack", "Bearer " + ApiKey, () => new JsonObject { ["by"] = "Dr. Fuzz" }),
        new("families", HttpMethod.Post, "/api/families", "Bearer " + ApiKey, () => JsonNode.Parse(
            """{"mrn":"F-1","childFirstName":"Ana","caregiverName":"Rosa","phone":"+15555550199","language":"es","channel":"webchat","clinician":"Dr. Fuzz"}""")!.AsObject()),
        new("family", HttpMethod.Get, "/api/families/0123456789abcdef", "Bearer " + ApiKey, null),
        new("appointments", HttpMethod.Post, "/api/appointments", "Bearer " + ApiKey, () => JsonNode.Parse(
            """{"familyId":"fam-0123456789abcdef","start":"2030-03-14T15:30:00-05:00","clinician":"Dr. Fuzz","kind":"video"}""")!.AsObject()),
        new("appointment-change", HttpMethod.Put, "/api/appointments/apt-0123456789abcdef", "Bearer " + ApiKey, () => JsonNode.Parse(
            """{"start":"2030-03-14T15:30:00Z","kind":"phone"}""")!.AsObject()),
        new("attendance", HttpMethod.Post, "/api/appointments/apt-0123456789abcdef/attendance", "Bearer " + ApiKey, () => new JsonObject { ["attended"] = true }),
        new("handout", HttpMethod.Get, "/handouts/es/", null, null),
        new("home", HttpMethod.Get, "/", null, null),
    ];

    private static HttpRequestMessage Mutate(Target target, Random random, int round)
    {
        var method = random.Next(8) == 0 ? Methods[random.Next(Methods.Length)] : target.Method;
        var path = MutatePath(target, random);
        var request = new HttpRequestMessage(method, path);
        if (target.Authorization is not null && random.Next(10) != 0)
        {
            request.Headers.TryAddWithoutValidation("Authorization", random.Next(12) == 0 ? target.Authorization + OddText[random.Next(OddText.Length)] : target.Authorization);
        }

        if (method == HttpMethod.Get || method == HttpMethod.Head)
        {
            return request;
        }

        var body = target.Form is not null ? FormBody(target.Form(), random) : JsonBody(target.Json?.Invoke() ?? new JsonObject(), random, round);
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        var type = random.Next(3) == 0
            ? ContentTypes[random.Next(ContentTypes.Length)]
            : target.Form is not null ? "application/x-www-form-urlencoded" : "application/json";
        if (type.Length > 0)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", type);
        }

        request.Content = content;
        return request;
    }

    private static string MutatePath(Target target, Random random)
    {
        var path = target.Path;
        return random.Next(6) switch
        {
            0 when target.Name is "handout" => "/handouts/" + Uri.EscapeDataString(PathText[random.Next(PathText.Length)]) + "/" + Uri.EscapeDataString(PathText[random.Next(PathText.Length)]),
            0 when target.Name is "escalations" => $"/api/escalations?page={Uri.EscapeDataString(OddNumbers[random.Next(OddNumbers.Length)])}&pageSize={Uri.EscapeDataString(OddNumbers[random.Next(OddNumbers.Length)])}&state={Uri.EscapeDataString(OddText[random.Next(OddText.Length)])}",
            0 when path.Contains("watermark=", StringComparison.Ordinal) => path.Replace("watermark=0", "watermark=" + Uri.EscapeDataString(OddNumbers[random.Next(OddNumbers.Length)]), StringComparison.Ordinal),
            1 => IdSegment().Replace(path, "$1" + Uri.EscapeDataString(PathText[random.Next(PathText.Length)]) + "x", 1),
            2 => path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + Uri.EscapeDataString(OddText[random.Next(OddText.Length)]) + "=" + Uri.EscapeDataString(OddNumbers[random.Next(OddNumbers.Length)]),
            _ => path,
        };
    }

    private static string JsonBody(JsonObject json, Random random, int round)
    {
        var keys = Flatten(json).ToList();
        switch (random.Next(9))
        {
            case 0 when keys.Count > 0:
                var (parent, key) = keys[random.Next(keys.Count)];
                parent.Remove(key);
                break;
            case 1 when keys.Count > 0:
                (parent, key) = keys[random.Next(keys.Count)];
                parent[key] = OddText[random.Next(OddText.Length)];
                break;
            case 2 when keys.Count > 0:
                (parent, key) = keys[random.Next(keys.Count)];
                return json.ToJsonString().Replace($"\"{key}\":", $"\"{key}\":{OddNumbers[random.Next(OddNumbers.Length)]},\"_{key}\":", StringComparison.Ordinal);
            case 3 when keys.Count > 0:
                (parent, key) = keys[random.Next(keys.Count)];
                parent[key] = random.Next(2) == 0 ? new JsonArray(1, "two", null) : new JsonObject { ["nested"] = new JsonObject { ["deeper"] = round } };
                break;
            case 4:
                var text = json.ToJsonString();
                return text[..random.Next(text.Length)];
            case 5:
                return OddText[random.Next(OddText.Length)];
            case 6:
                return random.Next(2) == 0 ? "[]" : "{}";
            case 7:
                return json.ToJsonString().Replace("\"text\":\"", "\"text\":\"\\ud800\\u0000", StringComparison.Ordinal);
        }

        return json.ToJsonString();
    }

    private static string FormBody(Dictionary<string, string> form, Random random)
    {
        var keys = form.Keys.ToList();
        switch (random.Next(6))
        {
            case 0:
                form.Remove(keys[random.Next(keys.Count)]);
                break;
            case 1:
                form[keys[random.Next(keys.Count)]] = OddText[random.Next(OddText.Length)];
                break;
            case 2:
                return "%%%=&&=" + OddText[random.Next(OddText.Length)];
            case 3:
                return "{\"From\":";
        }

        return string.Join('&', form.Select(pair => Uri.EscapeDataString(pair.Key) + "=" + Uri.EscapeDataString(pair.Value)));
    }

    private static IEnumerable<(JsonObject Parent, string Key)> Flatten(JsonObject json)
    {
        foreach (var (key, value) in json.ToList())
        {
            yield return (json, key);
            if (value is JsonObject child)
            {
                foreach (var inner in Flatten(child))
                {
                    yield return inner;
                }
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("((?:conversations|escalations|families)/)[^/?]+")]
    private static partial System.Text.RegularExpressions.Regex IdSegment();

    private static async Task<(string ConversationId, string Token)> DirectLineConversationAsync(HttpClient client)
    {
        using var response = await client.PostAsync("/v3/directline/tokens/generate", new StringContent("{}", Encoding.UTF8, "application/json"), Ct);
        response.EnsureSuccessStatusCode();
        var info = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
        var token = (string)info["token"]!;
        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await client.SendAsync(start, Ct)).EnsureSuccessStatusCode();
        return ((string)info["conversationId"]!, token);
    }
}
