using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PuenteBot.Channels.DirectLine;
using PuenteBot.Tests.State;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Channels.DirectLine;

/// <summary>
/// The embedded Direct Line with its conversations in the database: they outlive the process, every instance on the
/// database serves them, a stream on one instance gets what another wrote, and idle ones are deleted.
/// </summary>
public class DirectLineScaleOutTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_conversation_survives_a_restart_with_the_same_ids_and_watermarks(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        string conversation, token;
        JsonElement before;
        await using (var first = new DirectLineInstance(db))
        {
            (conversation, token) = await first.Api.GenerateAsync();
            (await first.Api.PostMessageAsync(conversation, token, "hola")).EnsureSuccessStatusCode();
            before = await SetAsync(first.Api, conversation, token);
        }

        await using var second = new DirectLineInstance(db);
        var after = await SetAsync(second.Api, conversation, token);
        var tail = await SetAsync(second.Api, conversation, token, "1");
        using var posted = await second.Api.PostMessageAsync(conversation, token, "sí", "c2");
        var next = (await posted.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetString();

        var watermark = before.GetProperty("watermark").GetString()!;
        Assert.True(int.Parse(watermark, CultureInfo.InvariantCulture) >= 2);
        Assert.Equal(Ids(before), Ids(after));
        Assert.Equal(watermark, after.GetProperty("watermark").GetString());
        Assert.Equal(Ids(before).Skip(1), Ids(tail));
        Assert.Equal(watermark, tail.GetProperty("watermark").GetString());
        Assert.Equal(JsonSerializer.Serialize(before), JsonSerializer.Serialize(after));
        Assert.Equal($"{conversation}|{int.Parse(watermark, CultureInfo.InvariantCulture) + 1:D7}", next);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_turn_run_on_one_instance_reaches_the_web_socket_open_on_another(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var logs = new CapturingLoggerProvider();
        await using var a = new DirectLineInstance(db, logs: logs);
        await using var b = new DirectLineInstance(db, logs: logs);
        var (conversation, token) = await a.Api.GenerateAsync();
        await using var socket = await a.StreamAsync(conversation, token);

        (await b.Api.PostMessageAsync(conversation, token, "hola marcador-privado-dl")).EnsureSuccessStatusCode();
        var seen = await socket.ReceiveUntilAsync(FromBot);

        Assert.Equal("hola marcador-privado-dl", DirectLineSocket.Text(seen[0]));
        Assert.Equal(Sequence(conversation, 1, seen.Count), seen.Select(DirectLineSocket.Id));
        Assert.Equal(seen.Count.ToString(CultureInfo.InvariantCulture), socket.Watermark);
        Assert.All(seen.Skip(1), activity => Assert.Equal("bot", activity.GetProperty("from").GetProperty("role").GetString()));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("marcador-privado", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains(token, StringComparison.Ordinal) && !IsRequestLine(line));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_client_reconnecting_with_its_watermark_gets_every_later_activity_exactly_once(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var a = new DirectLineInstance(db);
        await using var b = new DirectLineInstance(db);
        var (conversation, token) = await a.Api.GenerateAsync();
        string watermark;
        await using (var first = await a.StreamAsync(conversation, token))
        {
            (await a.Api.PostMessageAsync(conversation, token, "hola")).EnsureSuccessStatusCode();
            await first.ReceiveUntilAsync(FromBot);
            watermark = first.Watermark;
        }

        (await b.Api.PostMessageAsync(conversation, token, "sí", "c2")).EnsureSuccessStatusCode();
        using var reconnect = await a.Api.SendAsync(HttpMethod.Get, $"/conversations/{conversation}?watermark={watermark}", token);
        var info = await reconnect.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var streamUrl = new Uri(info.GetProperty("streamUrl").GetString()!);
        Assert.Contains($"watermark={watermark}&", streamUrl.Query, StringComparison.Ordinal);
        await using var second = await b.StreamAsync(conversation, info.GetProperty("token").GetString()!, watermark);
        await second.ReceiveUntilAsync(seen => seen.Any(activity => DirectLineSocket.Text(activity) == "sí") && FromBot(seen));
        (await a.Api.PostMessageAsync(conversation, token, "2", "c3")).EnsureSuccessStatusCode();
        (await b.Api.PostMessageAsync(conversation, token, "1", "c4")).EnsureSuccessStatusCode();
        var total = int.Parse((await SetAsync(a.Api, conversation, token)).GetProperty("watermark").GetString()!, CultureInfo.InvariantCulture);
        var all = await second.ReceiveUntilAsync(seen => seen.Count >= total - int.Parse(watermark, CultureInfo.InvariantCulture));

        var from = int.Parse(watermark, CultureInfo.InvariantCulture) + 1;
        Assert.Equal(Sequence(conversation, from, total - from + 1), all.Select(DirectLineSocket.Id));
        Assert.Equal(total.ToString(CultureInfo.InvariantCulture), second.Watermark);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Conversations_idle_past_the_lifetime_are_deleted_with_their_activities(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = new DirectLineInstance(db, clock);
        var (idle, idleToken) = await bot.Api.GenerateAsync();
        (await bot.Api.PostMessageAsync(idle, idleToken, "hola")).EnsureSuccessStatusCode();
        clock.Advance(TimeSpan.FromMinutes(90));
        var (busy, busyToken) = await bot.Api.GenerateAsync();
        (await bot.Api.PostMessageAsync(busy, busyToken, "hola")).EnsureSuccessStatusCode();
        var busyActivities = Ids(await SetAsync(bot.Api, busy, busyToken)).Count();
        clock.Advance(TimeSpan.FromMinutes(31));

        await bot.Services.GetRequiredService<DirectLineCleanup>().RunOnceAsync(TestContext.Current.CancellationToken);

        var conversations = bot.Services.GetRequiredService<DirectLineConversations>();
        using var refused = await bot.Api.GetActivitiesAsync(idle, idleToken);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.False(conversations.Holds(idle));
        Assert.True(conversations.Holds(busy));
        Assert.Equal(1, await StoredRows.CountAsync(db, "directline_conversations"));
        Assert.Equal(busyActivities, await StoredRows.CountAsync(db, "directline_activities"));
        Assert.True(busyActivities >= 2);
    }

    /// <summary>
    /// ASP.NET Core's own request line (Information, off in <c>appsettings.json</c>) shows the stream URL, whose
    /// <c>t=</c> is the token: Direct Line 3.0 puts it there, as a browser's WebSocket cannot send a header.
    /// </summary>
    private static bool IsRequestLine(string line) => line.StartsWith("Information Microsoft.AspNetCore.Hosting.Diagnostics [1] ", StringComparison.Ordinal);

    private static bool FromBot(IReadOnlyList<JsonElement> activities) =>
        activities.Count > 0 && activities[^1].GetProperty("from").GetProperty("role").GetString() == "bot"
        && activities[^1].TryGetProperty("inputHint", out var hint) && hint.GetString() == "expectingInput";

    private static IEnumerable<string> Sequence(string conversation, int from, int count) =>
        Enumerable.Range(from, count).Select(i => $"{conversation}|{i:D7}");

    private static IEnumerable<string> Ids(JsonElement set) => set.GetProperty("activities").EnumerateArray().Select(DirectLineSocket.Id);

    private static async Task<JsonElement> SetAsync(DirectLineApi api, string conversation, string token, string watermark = "")
    {
        using var response = await api.GetActivitiesAsync(conversation, token, watermark);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }
}
