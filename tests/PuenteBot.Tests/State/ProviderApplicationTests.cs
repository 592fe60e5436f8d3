using System.Net;
using System.Text.Json.Nodes;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.State;

/// <summary>The whole bot on each provider, chosen by <c>Storage:Provider</c> alone.</summary>
public class ProviderApplicationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_bot_answers_a_turn_and_keeps_its_state_and_log_in_the_configured_database(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new BotServices(db.ConnectionString, settings: db.Settings);
        var ct = TestContext.Current.CancellationToken;

        var result = await bot.SayAsync("c-provider", "hola");

        Assert.True(result.Saved);
        Assert.NotEmpty(result.Replies);
        var stored = await bot.Store.LoadAsync("c-provider", ct);
        Assert.Equal(1, stored.Version);
        Assert.Equal(1, stored.Data.TurnCount);
        Assert.Equal(PuenteBot.State.ConversationDataSerializer.Serialize(stored.Data), await StoredRows.DataAsync(db, "c-provider"));
        var log = await bot.Store.ReadLogAsync("c-provider", ct);
        Assert.Equal(1 + result.Replies.Count, log.Count);
        Assert.Equal("hola", log[0].Text);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Readiness_reports_the_configured_database_takes_writes(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var factory = new BotApplicationFactory(db.Settings);

        var response = await factory.CreateClient().GetAsync("/healthz/ready", TestContext.Current.CancellationToken);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal("ok", (string?)body["database"]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await StoredRows.CountAsync(db, "health_probe"));
    }
}
