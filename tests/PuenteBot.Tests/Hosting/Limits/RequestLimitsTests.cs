using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PuenteBot.Tests.Channels.DirectLine;
using PuenteBot.Tests.Channels.Sms;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Hosting.Limits;

/// <summary>
/// The abuse limits (<c>Limits:</c>): a bounded burst past a route's rate gets 429 with <c>Retry-After</c> and every
/// message accepted before it is kept; a body over a route's cap is 413, never 500, with or without a length; the
/// Direct Line conversation bound refuses new conversations only.
/// </summary>
public sealed class RequestLimitsTests
{
    [Fact]
    public async Task Starting_conversations_past_the_rate_is_429_with_retry_after()
    {
        await using var bot = new BotApplicationFactory(new Dictionary<string, string?> { ["Limits:ConversationStartsPerMinute"] = "3" });
        var api = new DirectLineApi(bot.CreateClient());

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await api.SendAsync(HttpMethod.Post, i % 2 == 0 ? "/tokens/generate" : "/conversations", null));
        }

        using var refused = await api.SendAsync(HttpMethod.Post, "/tokens/generate", null);
        using var refusedStart = await api.SendAsync(HttpMethod.Post, "/conversations", null);

        Assert.All(answers, a => Assert.True(a.IsSuccessStatusCode, a.StatusCode.ToString()));
        foreach (var response in new[] { refused, refusedStart })
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
            Assert.InRange(response.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
            var error = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
            Assert.Equal("TooManyRequests", error.GetProperty("error").GetProperty("code").GetString());
        }

        answers.ForEach(a => a.Dispose());
    }

    [Fact]
    public async Task A_burst_of_activities_keeps_every_accepted_one_and_refuses_the_rest_with_429()
    {
        await using var bot = new BotApplicationFactory(new Dictionary<string, string?> { ["Limits:ActivitiesPerMinute"] = "4" });
        var api = new DirectLineApi(bot.CreateClient());
        var (conversation, token) = await api.GenerateAsync();
        var (other, otherToken) = await api.GenerateAsync();

        var statuses = new List<(string Text, HttpStatusCode Status, TimeSpan? RetryAfter)>();
        for (var i = 0; i < 7; i++)
        {
            using var response = await api.PostMessageAsync(conversation, token, $"hello {i}", $"c{i}");
            statuses.Add(($"hello {i}", response.StatusCode, response.Headers.RetryAfter?.Delta));
        }

        using var otherConversation = await api.PostMessageAsync(other, otherToken, "hi", "o1");
        using var polled = await api.GetActivitiesAsync(conversation, token);
        var set = await polled.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var kept = set.GetProperty("activities").EnumerateArray()
            .Where(a => a.GetProperty("from").GetProperty("role").GetString() == "user")
            .Select(a => a.GetProperty("text").GetString()!)
            .ToList();

        var accepted = statuses.Where(s => s.Status == HttpStatusCode.OK).Select(s => s.Text).ToList();
        Assert.Equal(["hello 0", "hello 1", "hello 2", "hello 3"], accepted);
        Assert.All(statuses.Skip(4), s =>
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, s.Status);
            Assert.NotNull(s.RetryAfter);
        });
        Assert.Equal(accepted, kept);
        Assert.Equal(HttpStatusCode.OK, otherConversation.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_activity_over_the_cap_is_413_on_both_activity_routes(bool withLength)
    {
        await using var bot = new BotApplicationFactory(new Dictionary<string, string?> { ["Limits:ActivityMaxBytes"] = "4096" });
        var client = bot.CreateClient();
        var api = new DirectLineApi(client);
        var (conversation, token) = await api.GenerateAsync();
        var big = JsonSerializer.Serialize(new
        {
            type = "message",
            from = new { id = "dl_user", role = "user" },
            conversation = new { id = "conv-big" },
            serviceUrl = "http://localhost:1/",
            text = new string('a', 5000),
        });

        using var directLine = await api.SendAsync(HttpMethod.Post, $"/conversations/{conversation}/activities", token, Content(big, withLength));
        using var messages = await client.PostAsync("/api/messages", Content(big, withLength), TestContext.Current.CancellationToken);
        using var small = await api.PostMessageAsync(conversation, token, "hi");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, directLine.StatusCode);
        Assert.Equal("MessageSizeTooBig", (await directLine.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, messages.StatusCode);
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
    }

    [Fact]
    public async Task An_sms_webhook_post_over_the_cap_is_413()
    {
        await using var bot = new BotApplicationFactory(new Dictionary<string, string?> { ["Limits:SmsMaxBytes"] = "1024" });
        var sms = new SmsWebhookClient(bot.CreateClient());

        var big = await sms.SendAsync(new string('a', 1500));
        var small = await sms.SendAsync("hola");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.Status);
        Assert.Equal(HttpStatusCode.OK, small.Status);
    }

    [Fact]
    public async Task An_sms_burst_past_the_rate_is_429_and_every_accepted_message_is_taken()
    {
        await using var bot = new BotApplicationFactory(new Dictionary<string, string?> { ["Limits:SmsPerMinute"] = "3" });
        var sms = new SmsWebhookClient(bot.CreateClient());

        var sent = new List<(string Sid, HttpStatusCode Status)>();
        for (var i = 0; i < 5; i++)
        {
            var sid = SmsWebhookClient.NewMessageSid();
            sent.Add((sid, (await sms.SendAsync($"hola {i}", sid)).Status));
        }

        await using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={bot.DatabasePath}");
        await db.OpenAsync(TestContext.Current.CancellationToken);
        await using var query = db.CreateCommand();
        query.CommandText = "SELECT message_sid FROM sms_messages ORDER BY message_sid";
        var taken = new List<string>();
        await using (var rows = await query.ExecuteReaderAsync(TestContext.Current.CancellationToken))
        {
            while (await rows.ReadAsync(TestContext.Current.CancellationToken))
            {
                taken.Add(rows.GetString(0));
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], sent.Select(s => s.Status));
        Assert.Equal(sent.Take(3).Select(s => s.Sid).Order(StringComparer.Ordinal), taken);
    }

    [Fact]
    public async Task Sign_in_posts_past_the_rate_are_429_before_any_password_check()
    {
        await using var bot = new BotApplicationFactory(new Dictionary<string, string?> { ["Limits:SignInsPerMinute"] = "2" });
        var client = bot.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["user"] = "ana", ["password"] = "wrong" });
            using var response = await client.PostAsync("/portal/signin", form, TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
            if (i == 3)
            {
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        Assert.All(statuses.Take(2), s => Assert.NotEqual(HttpStatusCode.TooManyRequests, s));
        Assert.All(statuses.Skip(2), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
    }

    [Fact]
    public async Task Bot_framework_posts_past_the_rate_are_429_before_the_activity_is_read()
    {
        await using var bot = new BotApplicationFactory(new Dictionary<string, string?> { ["Limits:BotFrameworkPerMinute"] = "2" });
        var client = bot.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.PostAsync("/api/messages", Content("{\"type\":\"typing\",\"conversation\":{\"id\":\"c-limit\"},\"deliveryMode\":\"expectReplies\"}", withLength: true), TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
            if (i == 2)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        Assert.All(statuses.Take(2), s => Assert.NotEqual(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
    }

    [Fact]
    public async Task Clinician_api_calls_past_the_rate_are_429()
    {
        await using var bot = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Limits:ClinicianApiPerMinute"] = "2",
            ["Clinicians:ApiKeys:0"] = "test-key-not-real",
        });
        var client = bot.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "test-key-not-real");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync("/api/escalations", TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory]
    [InlineData("/portal/signin", true)]
    [InlineData("/portal/signin", false)]
    [InlineData("/api/sms/twilio", false)]
    public async Task A_form_over_its_cap_is_413_never_500(string path, bool withLength)
    {
        await using var bot = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Limits:SignInMaxBytes"] = "2048",
            ["Limits:SmsMaxBytes"] = "2048",
        });
        var client = bot.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = "From=%2B15005550006&MessageSid=SM1&user=ana&password=" + new string('x', 4000);
        var content = withLength
            ? new StringContent(form, Encoding.ASCII, "application/x-www-form-urlencoded")
            : (HttpContent)new UnsizedContent(form, "application/x-www-form-urlencoded");

        using var response = await client.PostAsync(path, content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Past_the_conversation_bound_new_conversations_are_refused_and_open_ones_go_on()
    {
        await using var bot = new BotApplicationFactory(new Dictionary<string, string?> { ["Limits:MaxDirectLineConversations"] = "2" });
        var api = new DirectLineApi(bot.CreateClient());
        var (conversation, token) = await api.GenerateAsync();
        await api.GenerateAsync();

        using var refused = await api.SendAsync(HttpMethod.Post, "/tokens/generate", null);
        using var refusedStart = await api.SendAsync(HttpMethod.Post, "/conversations", null);
        using var open = await api.PostMessageAsync(conversation, token, "hi");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refusedStart.StatusCode);
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
    }

    [Fact]
    public async Task Pages_and_polling_are_not_counted()
    {
        await using var bot = new BotApplicationFactory(new Dictionary<string, string?> { ["Limits:ActivitiesPerMinute"] = "1" });
        var api = new DirectLineApi(bot.CreateClient());
        var (conversation, token) = await api.GenerateAsync();

        for (var i = 0; i < 5; i++)
        {
            using var polled = await api.GetActivitiesAsync(conversation, token);
            Assert.Equal(HttpStatusCode.OK, polled.StatusCode);
        }

        using var posted = await api.PostMessageAsync(conversation, token, "hi");
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
    }

    private static HttpContent Content(string json, bool withLength) =>
        withLength ? new StringContent(json, Encoding.UTF8, "application/json") : new UnsizedContent(json, "application/json");
}
