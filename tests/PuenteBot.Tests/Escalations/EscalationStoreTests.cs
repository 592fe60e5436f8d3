using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Escalations;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Escalations;

/// <summary>What every <see cref="IEscalationStore"/> does, on SQLite and on PostgreSQL with the same expectations.</summary>
public class EscalationStoreTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task List_is_newest_first_filtered_and_paged_with_the_total(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = db.Services();
        await SeededEscalations.AddSixAsync(bot.Store);
        var store = bot.Services.GetRequiredService<IEscalationStore>();
        var ct = TestContext.Current.CancellationToken;

        var all = await store.ListAsync(new EscalationQuery(PageSize: 4), ct);
        var second = await store.ListAsync(new EscalationQuery(PageSize: 4, Page: 2), ct);
        var routine = await store.ListAsync(new EscalationQuery(Urgency: "routine"), ct);

        Assert.Equal(6, all.Total);
        Assert.Equal(["conv-5", "conv-4", "conv-3", "conv-2"], all.Items.Select(e => e.ConversationId));
        Assert.Equal(["conv-1", "conv-0"], second.Items.Select(e => e.ConversationId));
        Assert.Equal(3, routine.Total);
        Assert.Equal(["conv-5", "conv-3", "conv-0"], routine.Items.Select(e => e.ConversationId));
        Assert.Equal("necesito hablar con alguien", (string?)all.Items[0].Summary["quote"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_conversations_escalations_are_newest_first_and_limited(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = db.Services();
        await SeededEscalations.AddAsync(bot.Store, "conv-a", "routine", SeededEscalations.Start);
        await SeededEscalations.AddAsync(bot.Store, "conv-b", "routine", SeededEscalations.Start.AddMinutes(1));
        await SeededEscalations.AddAsync(bot.Store, "conv-a", "urgent", SeededEscalations.Start.AddMinutes(2));
        await SeededEscalations.AddAsync(bot.Store, "conv-a", "barrier_report", SeededEscalations.Start.AddMinutes(3));
        var store = bot.Services.GetRequiredService<IEscalationStore>();
        var ct = TestContext.Current.CancellationToken;

        var two = await store.ForConversationAsync("conv-a", 2, ct);
        var all = await store.ForConversationAsync("conv-a", 10, ct);

        Assert.Equal(["barrier_report", "urgent"], two.Select(e => e.Urgency));
        Assert.Equal(["barrier_report", "urgent", "routine"], all.Select(e => e.Urgency));
        Assert.All(all, e => Assert.Equal("conv-a", e.ConversationId));
        Assert.Empty(await store.ForConversationAsync("conv-none", 10, ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Queue_puts_urgent_first_then_routine_then_barrier_reports_oldest_first_and_leaves_out_acknowledged(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = db.Services();
        await SeededEscalations.AddSixAsync(bot.Store);
        var store = bot.Services.GetRequiredService<IEscalationStore>();
        var ct = TestContext.Current.CancellationToken;
        var oldestUrgent = (await store.ListAsync(new EscalationQuery(Urgency: "urgent"), ct)).Items[^1];
        Assert.True(await store.AcknowledgeAsync(oldestUrgent.Id, "Dr. Ruiz", ct));

        var queue = await store.QueueAsync(10, ct);

        Assert.Equal(["conv-4", "conv-0", "conv-3", "conv-5", "conv-2"], queue.Select(e => e.ConversationId));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Acknowledge_is_idempotent_keeps_the_first_name_and_is_false_for_an_unknown_id(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = db.Services();
        await SeededEscalations.AddAsync(bot.Store, "conv-ack", "urgent", SeededEscalations.Start);
        var store = bot.Services.GetRequiredService<IEscalationStore>();
        var ct = TestContext.Current.CancellationToken;
        var id = (await store.QueueAsync(1, ct))[0].Id;

        Assert.True(await store.AcknowledgeAsync(id, "Dr. Ruiz", ct));
        Assert.True(await store.AcknowledgeAsync(id, "Someone else", ct));
        Assert.False(await store.AcknowledgeAsync("no-such-id", "Dr. Ruiz", ct));

        var acknowledged = await store.GetAsync(id, ct);
        Assert.Equal((EscalationStates.Acknowledged, "Dr. Ruiz"), (acknowledged!.State, acknowledged.AcknowledgedBy));
        Assert.NotNull(acknowledged.AcknowledgedAt);
        Assert.Null(await store.GetAsync("no-such-id", ct));
    }
}
