using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Channels.DirectLine;

public class DirectLineActivityTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_posted_activity_comes_back_stamped_with_its_client_id_followed_by_the_replies(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new DirectLineInstance(db);
        var api = bot.Api;
        var (conversation, token) = await api.GenerateAsync();

        using var posted = await api.PostMessageAsync(conversation, token, "hi", "client-7");
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetString();
        using var polled = await api.GetActivitiesAsync(conversation, token);
        var set = await polled.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var activities = set.GetProperty("activities").EnumerateArray().ToList();

        Assert.Equal($"{conversation}|0000001", id);
        Assert.Equal(id, activities[0].GetProperty("id").GetString());
        Assert.Equal("client-7", activities[0].GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("user", activities[0].GetProperty("from").GetProperty("role").GetString());
        Assert.All(activities.Skip(1), a =>
        {
            Assert.Equal("bot", a.GetProperty("from").GetProperty("role").GetString());
            Assert.Equal(id, a.GetProperty("replyToId").GetString());
            Assert.EndsWith("Z", a.GetProperty("timestamp").GetString());
        });
        Assert.Equal(activities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), set.GetProperty("watermark").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Polling_from_a_watermark_returns_only_newer_activities(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new DirectLineInstance(db);
        var api = bot.Api;
        var (conversation, token) = await api.GenerateAsync();
        (await api.PostMessageAsync(conversation, token, "hi")).Dispose();
        var first = await (await api.GetActivitiesAsync(conversation, token)).Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var watermark = first.GetProperty("watermark").GetString()!;

        (await api.PostMessageAsync(conversation, token, "help", "c2")).Dispose();
        var second = await (await api.GetActivitiesAsync(conversation, token, watermark)).Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

        var texts = second.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("text").GetString()).ToList();
        Assert.Equal("help", texts[0]);
        Assert.StartsWith("I'm PuenteBot. I can help you", texts[1]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_web_chat_join_event_starts_the_welcome_in_the_page_language(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new DirectLineInstance(db);
        var api = bot.Api;
        var (conversation, token) = await api.GenerateAsync();

        using var joined = await api.SendAsync(HttpMethod.Post, $"/conversations/{conversation}/activities", token, JsonContent.Create(new
        {
            type = "event",
            name = "webchat/join",
            from = new { id = "dl_user" },
            value = new { language = "es-ES" },
        }));
        var set = await (await api.GetActivitiesAsync(conversation, token)).Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        var texts = set.GetProperty("activities").EnumerateArray().Skip(1).Select(a => a.GetProperty("text").GetString()).ToList();
        Assert.StartsWith("Hola, soy PuenteBot", texts[0]);
    }

    public static TheoryData<string, string, string> BadActivities => new(
        from provider in TestDatabase.Providers.Select(row => (string)row.Data)
        from bad in new[]
        {
            ("{not json", "application/json"),
            ("{\"text\":\"no type\"}", "application/json"),
            ("{\"type\":\"message\",\"text\":\"hola\"}", "text/plain"),
        }
        select (provider, bad.Item1, bad.Item2));

    [Theory]
    [MemberData(nameof(BadActivities))]
    public async Task A_bad_activity_gets_a_400_with_a_direct_line_error(string provider, string body, string contentType)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new DirectLineInstance(db);
        var api = bot.Api;
        var (conversation, token) = await api.GenerateAsync();

        using var response = await api.SendAsync(HttpMethod.Post, $"/conversations/{conversation}/activities", token, new StringContent(body, Encoding.UTF8, contentType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("BadArgument", error.GetProperty("error").GetProperty("code").GetString());
    }
}
