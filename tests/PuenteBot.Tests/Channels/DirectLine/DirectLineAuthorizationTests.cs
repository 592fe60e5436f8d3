using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Channels.DirectLine;

public class DirectLineAuthorizationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_token_for_one_conversation_can_never_read_or_write_another(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new DirectLineInstance(db);
        var api = bot.Api;
        var (first, firstToken) = await api.GenerateAsync();
        var (second, _) = await api.GenerateAsync();
        using var own = await api.PostMessageAsync(first, firstToken, "hola");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);

        using var read = await api.GetActivitiesAsync(second, firstToken);
        using var write = await api.PostMessageAsync(second, firstToken, "hola");
        using var reconnect = await api.SendAsync(HttpMethod.Get, $"/conversations/{second}", firstToken);
        using var stream = await api.SendAsync(HttpMethod.Get, $"/conversations/{second}/stream?t={firstToken}", null);

        Assert.All(new[] { read, write, reconnect, stream }, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        var error = await read.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("Forbidden", error.GetProperty("error").GetProperty("code").GetString());
    }

    public static TheoryData<string, string?> BadTokens => new(
        from provider in TestDatabase.Providers.Select(row => (string)row.Data)
        from token in new[] { null, "undefined", "not-a-token", "eyJhbGciOiJub25lIn0.eyJjb252IjoieCJ9." }
        select (provider, token));

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Conversation_routes_need_a_valid_token(string provider, string? token)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new DirectLineInstance(db);
        var api = bot.Api;
        var (conversation, _) = await api.GenerateAsync();

        using var response = await api.GetActivitiesAsync(conversation, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_expired_token_is_refused_and_cannot_be_refreshed_but_a_fresh_one_can(string provider)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new DirectLineInstance(db, clock);
        var api = bot.Api;
        var (conversation, token) = await api.GenerateAsync();

        using var refreshed = await api.SendAsync(HttpMethod.Post, "/tokens/refresh", token);
        var fresh = (await refreshed.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("token").GetString();
        clock.Advance(TimeSpan.FromMinutes(31));
        using var expired = await api.GetActivitiesAsync(conversation, token);
        using var refreshExpired = await api.SendAsync(HttpMethod.Post, "/tokens/refresh", token);

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.NotEqual(token, fresh);
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Contains("TokenExpired", await expired.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.Forbidden, refreshExpired.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task With_a_secret_configured_only_its_holder_opens_conversations(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new DirectLineInstance(db, settings: new Dictionary<string, string?> { ["DirectLine:Secret"] = "s3cret-for-tests" });
        var api = bot.Api;

        using var anonymous = await api.SendAsync(HttpMethod.Post, "/tokens/generate", null);
        using var anonymousStart = await api.SendAsync(HttpMethod.Post, "/conversations", "wrong");
        var (conversation, token) = await api.GenerateAsync("s3cret-for-tests");
        using var started = await api.SendAsync(HttpMethod.Post, "/conversations", token);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousStart.StatusCode);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var body = await started.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(conversation, body.GetProperty("conversationId").GetString());
        Assert.StartsWith("ws://", body.GetProperty("streamUrl").GetString());
        Assert.Equal(1800, body.GetProperty("expires_in").GetInt32());
    }
}
