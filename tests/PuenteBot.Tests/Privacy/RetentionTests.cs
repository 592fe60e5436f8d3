using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Escalations;
using PuenteBot.Privacy;
using PuenteBot.State;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Privacy;

public class RetentionTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Inactive_conversations_go_after_storage_retention_and_escalations_only_after_their_own(string provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = db.Services(
            services => services.AddSingleton<TimeProvider>(clock),
            new Dictionary<string, string?> { ["Storage:RetentionDays"] = "30", ["Escalation:RetentionDays"] = "90" });
        var purge = bot.Services.GetRequiredService<RetentionPurge>();
        var escalationId = await SaveAsync(bot.Store, "conv-old", clock.GetUtcNow(), escalate: true);
        clock.Advance(TimeSpan.FromDays(20));
        await SaveAsync(bot.Store, "conv-recent", clock.GetUtcNow(), escalate: false);

        clock.Advance(TimeSpan.FromDays(11));
        var first = await purge.PurgeAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, first.Conversations);
        Assert.Equal(0, await ErasureRows.CountAsync(bot.Services, "conversations", "conv-old", "id"));
        Assert.Equal(0, await ErasureRows.CountAsync(bot.Services, "conversation_log", "conv-old"));
        Assert.Equal(1, await ErasureRows.CountAsync(bot.Services, "conversations", "conv-recent", "id"));
        Assert.Equal(1, await ErasureRows.CountAsync(bot.Services, "conversation_log", "conv-recent"));
        var kept = await bot.Services.GetRequiredService<IEscalationStore>().GetAsync(escalationId, TestContext.Current.CancellationToken);
        Assert.Equal("kept-quote", (string?)kept!.Summary["quote"]);

        clock.Advance(TimeSpan.FromDays(60));
        var second = await purge.PurgeAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, second.Escalations);
        Assert.Null(await bot.Services.GetRequiredService<IEscalationStore>().GetAsync(escalationId, TestContext.Current.CancellationToken));
        Assert.Equal(0, await ErasureRows.CountAsync(bot.Services, "conversations", "conv-recent", "id"));
    }

    [Fact]
    public async Task Zero_days_turns_the_purge_off()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        await using var db = await TestDatabase.CreateAsync(StorageOptions.Sqlite);
        await using var bot = db.Services(
            services => services.AddSingleton<TimeProvider>(clock),
            new Dictionary<string, string?> { ["Storage:RetentionDays"] = "0", ["Escalation:RetentionDays"] = "0" });
        await SaveAsync(bot.Store, "conv-forever", clock.GetUtcNow(), escalate: true);

        clock.Advance(TimeSpan.FromDays(5000));
        var purged = await bot.Services.GetRequiredService<RetentionPurge>().PurgeAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new PurgedData(0, 0, 0), purged);
        Assert.Equal(1, await ErasureRows.CountAsync(bot.Services, "conversations", "conv-forever", "id"));
    }

    private static async Task<string> SaveAsync(IConversationStore store, string conversationId, DateTimeOffset now, bool escalate)
    {
        var escalation = new EscalationRequest(Urgency.Routine, "person_request", new JsonObject { ["reason"] = "person_request", ["quote"] = "kept-quote" });
        var log = new List<LogEntry> { new(LogEntry.Inbound, "a-" + conversationId, "message", "hello", now) };
        Assert.True(await store.TrySaveAsync(new ConversationWrite(conversationId, "test", 0, new ConversationData(), log, escalate ? [escalation] : [], now), TestContext.Current.CancellationToken));
        return escalation.Id;
    }
}
