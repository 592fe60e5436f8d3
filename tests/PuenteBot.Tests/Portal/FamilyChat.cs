using System.Net.Http.Json;
using System.Text.Json;
using PuenteBot.Tests.Channels.DirectLine;

namespace PuenteBot.Tests.Portal;

/// <summary>A family in the web chat, as the Direct Line API sees it: posts messages and reads what arrived since it last looked.</summary>
public sealed class FamilyChat(DirectLineApi api, string conversationId, string token)
{
    private string watermark = string.Empty;

    public string ConversationId { get; } = conversationId;

    /// <summary>The Direct Line token of the conversation, for a client in another program.</summary>
    public string Token { get; } = token;

    public static async Task<FamilyChat> StartAsync(HttpClient http)
    {
        var api = new DirectLineApi(http);
        var (conversation, token) = await api.GenerateAsync();
        return new FamilyChat(api, conversation, token);
    }

    /// <summary>Sends <paramref name="text"/>; returns what the bot (or the care team) sent since the last look, after it.</summary>
    public async Task<List<JsonElement>> SayAsync(string text)
    {
        using var posted = await api.PostMessageAsync(ConversationId, Token, text, "client-" + Guid.NewGuid().ToString("N"));
        posted.EnsureSuccessStatusCode();
        return await ReceivedAsync();
    }

    /// <summary>Activities from the bot's side since the last look.</summary>
    public async Task<List<JsonElement>> ReceivedAsync()
    {
        using var polled = await api.GetActivitiesAsync(ConversationId, Token, watermark);
        var set = await polled.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        watermark = set.GetProperty("watermark").GetString()!;
        return [.. set.GetProperty("activities").EnumerateArray().Where(a => a.GetProperty("from").GetProperty("role").GetString() == "bot")];
    }

    public static IEnumerable<string?> Texts(IEnumerable<JsonElement> activities) =>
        activities.Select(a => a.TryGetProperty("text", out var text) ? text.GetString() : null);
}
