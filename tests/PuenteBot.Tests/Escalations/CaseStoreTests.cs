using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Escalations;
using PuenteBot.Escalations.Cases;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Escalations;

/// <summary>A case's states (open → claimed → in_conversation → closed) and who owns it, on SQLite and PostgreSQL alike.</summary>
public class CaseStoreTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Claim_acknowledges_and_a_second_clinician_cannot_claim_it_but_can_be_assigned_it(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = db.Services();
        var id = await AddAsync(bot);
        var service = bot.Services.GetRequiredService<CaseService>();
        var cases = bot.Services.GetRequiredService<ICaseStore>();
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(CaseRecord.Open(id), await cases.GetAsync(id, ct));

        Assert.True(await service.ClaimAsync(id, "ana", ct));
        Assert.True(await service.ClaimAsync(id, "ana", ct));
        Assert.False(await service.ClaimAsync(id, "luis", ct));
        var claimed = await cases.GetAsync(id, ct);
        var escalation = await bot.Services.GetRequiredService<IEscalationStore>().GetAsync(id, ct);
        Assert.True(await service.AssignAsync(id, "ana", "luis", ct));
        var assigned = await cases.GetAsync(id, ct);

        Assert.Equal((CaseStates.Claimed, "ana"), (claimed.State, claimed.Owner));
        Assert.Equal((EscalationStates.Acknowledged, "ana"), (escalation!.State, escalation.AcknowledgedBy));
        Assert.Equal((CaseStates.Claimed, "luis"), (assigned.State, assigned.Owner));
        Assert.False(await service.ClaimAsync("no-such-id", "ana", ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Conversation_then_close_with_a_disposition_and_a_note_and_a_closed_case_stays_closed(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = db.Services();
        var id = await AddAsync(bot);
        var service = bot.Services.GetRequiredService<CaseService>();
        var cases = bot.Services.GetRequiredService<ICaseStore>();
        var ct = TestContext.Current.CancellationToken;

        Assert.False(await cases.EndConversationAsync(id, ct));
        Assert.True(await cases.StartConversationAsync(id, "ana", ct));
        Assert.False(await service.AssignAsync(id, "luis", "luis", ct));
        Assert.Equal((CaseStates.InConversation, "ana"), ((await cases.GetAsync(id, ct)).State, (await cases.GetAsync(id, ct)).Owner));
        Assert.True(await cases.EndConversationAsync(id, ct));
        Assert.Equal(CaseStates.Claimed, (await cases.GetAsync(id, ct)).State);
        Assert.False(await service.CloseAsync(id, "luis", "not_a_disposition", null, ct));
        Assert.True(await service.CloseAsync(id, "luis", CaseDispositions.ReachedFamily, "Called mum; appointment tomorrow.", ct));
        Assert.False(await service.CloseAsync(id, "luis", CaseDispositions.Other, null, ct));
        Assert.False(await service.ClaimAsync(id, "luis", ct));
        var closed = await cases.GetAsync(id, ct);
        var notes = await cases.NotesAsync(id, ct);

        Assert.Equal((CaseStates.Closed, "ana", CaseDispositions.ReachedFamily), (closed.State, closed.Owner, closed.Disposition));
        Assert.NotNull(closed.ClosedAt);
        Assert.Equal([("luis", "Called mum; appointment tomorrow.")], notes.Select(n => (n.Author, n.Text)));
        Assert.Equal([id], (await cases.ForEscalationsAsync([id, "other"], ct)).Keys);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_one_of_two_instances_marks_an_escalation_re_paged_and_a_claimed_one_is_not_due(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var first = db.Services();
        await using var second = db.Services();
        var waiting = await AddAsync(first, "conv-waiting");
        var claimed = await AddAsync(first, "conv-claimed");
        await AddAsync(first, "conv-routine", "routine");
        var ct = TestContext.Current.CancellationToken;
        var cases = first.Services.GetRequiredService<ICaseStore>();
        Assert.True(await cases.ClaimAsync(claimed, "ana", ct));
        var later = SeededEscalations.Start.AddMinutes(10);

        var due = await cases.RepageDueAsync(later, 10, ct);
        var wins = await Task.WhenAll(
            Enumerable.Range(0, 6).Select(i => (i % 2 == 0 ? first : second).Services.GetRequiredService<ICaseStore>().MarkRepagedAsync(waiting, later, ct)));

        Assert.Equal([waiting], due.Select(e => e.Id));
        Assert.Single(wins, won => won);
        Assert.Empty(await cases.RepageDueAsync(later, 10, ct));
        Assert.Equal(later, (await cases.GetAsync(waiting, ct)).RepagedAt);
    }

    private static async Task<string> AddAsync(BotServices bot, string conversationId = "conv-case", string urgency = "urgent")
    {
        await SeededEscalations.AddAsync(bot.Store, conversationId, urgency, SeededEscalations.Start);
        var queue = await bot.Services.GetRequiredService<IEscalationStore>().QueueAsync(100, TestContext.Current.CancellationToken);
        return queue.Single(e => e.ConversationId == conversationId).Id;
    }
}
