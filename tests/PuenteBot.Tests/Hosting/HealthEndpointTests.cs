using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.State;
using PuenteBot.Tests.Escalations;
using PuenteBot.Tests.State;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Hosting;

public class HealthEndpointTests
{
    public static TheoryData<string, string> RoutesOnProviders => new()
    {
        { "/healthz", StorageOptions.Sqlite },
        { "/healthz/ready", StorageOptions.Sqlite },
        { "/healthz", StorageOptions.Postgres },
        { "/healthz/ready", StorageOptions.Postgres },
    };

    [Theory]
    [MemberData(nameof(RoutesOnProviders))]
    public async Task Healthz_answers_ok_when_the_database_takes_writes(string route, string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var factory = Bot(db);
        var client = factory.CreateClient();

        var response = await client.GetAsync(route, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal("ok", (string?)body["status"]);
        Assert.Equal("ok", (string?)body["database"]);
        Assert.Equal("ok", (string?)body["escalations"]);
        Assert.Equal(0, await StoredRows.CountAsync(db, "conversations")); // the schema is there: the probe wrote to this database
    }

    [Fact]
    public async Task Live_answers_without_looking_at_the_database()
    {
        await using var factory = new BotApplicationFactory();

        var response = await factory.CreateClient().GetAsync("/healthz/live", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"status\":\"ok\"}", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Not_ready_while_an_urgent_escalation_has_waited_undelivered_past_AlertAfter(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var factory = Bot(db, ("Escalation:Delivery:AlertAfter", "00:05:00"));
        var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<IConversationStore>();
        await SeededEscalations.AddAsync(store, "c-recent", "urgent", DateTimeOffset.UtcNow.AddMinutes(-1));
        await SeededEscalations.AddAsync(store, "c-routine", "routine", DateTimeOffset.UtcNow.AddHours(-1));

        var fresh = await client.GetAsync("/healthz/ready", TestContext.Current.CancellationToken);
        await SeededEscalations.AddAsync(store, "c-old", "urgent", DateTimeOffset.UtcNow.AddMinutes(-6));
        var stale = await client.GetAsync("/healthz/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stale.StatusCode);
        var body = JsonNode.Parse(await stale.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal("unavailable", (string?)body["status"]);
        Assert.Equal("undelivered", (string?)body["escalations"]);
        Assert.Equal("ok", (string?)body["database"]);
    }

    /// <summary>The whole bot on <paramref name="db"/>, its escalation spool in the test's folder.</summary>
    private static BotApplicationFactory Bot(TestDatabase db, params (string Key, string? Value)[] settings)
    {
        var all = new Dictionary<string, string?>(db.Settings) { ["Escalation:Spool:Folder"] = Path.Combine(db.Folder, "spool") };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return new BotApplicationFactory(all);
    }
}
