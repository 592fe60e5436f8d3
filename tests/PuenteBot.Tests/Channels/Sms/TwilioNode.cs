using System.Text.Json;
using System.Text.Json.Nodes;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Channels.Sms;

/// <summary>The real twilio npm package (tests/node) as the reference: signatures, TwiML and REST requests.</summary>
public static class TwilioNode
{
    public sealed record SignatureCase(string Token, string Url, IReadOnlyDictionary<string, object> Params, IReadOnlyList<string>? Validate = null);

    public sealed record Signed(string Signature, Dictionary<string, bool> Valid);

    public static async Task<IReadOnlyList<Signed>> SignAsync(IReadOnlyList<SignatureCase> cases)
    {
        var json = new JsonArray([.. cases.Select(c => new JsonObject
        {
            ["token"] = c.Token,
            ["url"] = c.Url,
            ["params"] = JsonSerializer.SerializeToNode(c.Params),
            ["validate"] = new JsonArray([.. (c.Validate ?? []).Select(u => JsonValue.Create(u))]),
        })]);
        var output = await RunAsync("twilio-signature.js", json.ToJsonString());
        return JsonSerializer.Deserialize<List<Signed>>(output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    public static async Task<string> SignAsync(string token, string url, IReadOnlyDictionary<string, string> form) =>
        (await SignAsync([new SignatureCase(token, url, form.ToDictionary(p => p.Key, p => (object)p.Value))]))[0].Signature;

    /// <summary>What <c>new MessagingResponse()</c> with one <c>message(text)</c> per text prints.</summary>
    public static async Task<string> TwimlAsync(IReadOnlyList<string> texts)
    {
        var output = await RunAsync("twilio-twiml.js", JsonSerializer.Serialize(new[] { texts }));
        return JsonSerializer.Deserialize<string[]>(output)![0];
    }

    /// <summary>The request the twilio client makes for <c>messages.create</c>: method, path, form and Authorization.</summary>
    public static async Task<JsonObject> CreateMessageRequestAsync(string accountSid, string authToken, string to, string from, string body, string statusCallback)
    {
        var result = await NodeScript.RunAsync("twilio-rest.js", [accountSid, authToken, to, from, body, statusCallback]);
        Assert.True(result.ExitCode == 0, result.StandardError);
        return JsonNode.Parse(result.StandardOutput)!.AsObject();
    }

    private static async Task<string> RunAsync(string script, string input)
    {
        var file = Path.Combine(Path.GetTempPath(), $"puentebot-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, input);
        try
        {
            var result = await NodeScript.RunAsync(script, [file]);
            Assert.True(result.ExitCode == 0, result.StandardError);
            return result.StandardOutput;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
