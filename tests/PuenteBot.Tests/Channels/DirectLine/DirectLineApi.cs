using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PuenteBot.Tests.Channels.DirectLine;

/// <summary>Direct Line 3.0 calls as a client makes them.</summary>
public sealed class DirectLineApi(HttpClient client)
{
    public const string Prefix = "/v3/directline";

    public async Task<(string ConversationId, string Token)> GenerateAsync(string? secret = null)
    {
        using var response = await SendAsync(HttpMethod.Post, "/tokens/generate", secret);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!);
    }

    public Task<HttpResponseMessage> PostMessageAsync(string conversationId, string? token, string text, string clientActivityId = "c1") =>
        SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", token, JsonContent.Create(new
        {
            type = "message",
            from = new { id = "dl_user", role = "user" },
            text,
            channelData = new { clientActivityID = clientActivityId },
        }));

    public Task<HttpResponseMessage> GetActivitiesAsync(string conversationId, string? token, string watermark = "") =>
        SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities?watermark={watermark}", token);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, Prefix + path) { Content = content };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
