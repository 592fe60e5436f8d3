using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Tests.Support;
using PuenteBot.Turns;

namespace PuenteBot.Tests.Turns;

public class ConcurrencyTests
{
    [Fact]
    public async Task Fifty_concurrent_turns_on_one_conversation_lose_no_update()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() => bot.SayAsync("c-50", $"message {i}"))));

        Assert.All(results, r => Assert.True(r.Saved));
        await AssertTurnsRecordedAsync(bot, "c-50", 50);
        Assert.Equal(0, bot.Services.GetRequiredService<ConversationLocks>().ActiveCount);
    }

    [Fact]
    public async Task Two_processes_on_one_database_file_lose_no_update()
    {
        using var folder = new TempFolder();
        await using var first = new BotServices(folder.ConnectionString);
        await using var second = new BotServices(folder.ConnectionString);

        var turns = Enumerable.Range(0, 50).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).SayAsync("c-shared", $"message {i}")));
        var results = await Task.WhenAll(turns);

        Assert.All(results, r => Assert.True(r.Saved));
        await AssertTurnsRecordedAsync(first, "c-shared", 50);
    }

    [Fact]
    public async Task Turns_of_one_conversation_are_applied_in_arrival_order()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);
        var locks = bot.Services.GetRequiredService<ConversationLocks>();
        var held = await locks.AcquireAsync("c-order", TestContext.Current.CancellationToken);
        var turns = new List<Task<TurnResult>>();
        for (var i = 0; i < 10; i++)
        {
            turns.Add(bot.SayAsync("c-order", $"message {i}"));
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }

        held.Dispose();
        await Task.WhenAll(turns);

        var log = await bot.Store.ReadLogAsync("c-order", TestContext.Current.CancellationToken);
        var inbound = log.Where(e => e.Direction == "in").Select(e => e.Text).ToList();
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"message {i}"), inbound);
    }

    private static async Task AssertTurnsRecordedAsync(BotServices bot, string conversationId, int expected)
    {
        var stored = await bot.Store.LoadAsync(conversationId, TestContext.Current.CancellationToken);
        Assert.Equal(expected, stored.Data.TurnCount);
        var log = await bot.Store.ReadLogAsync(conversationId, TestContext.Current.CancellationToken);
        var inbound = log.Where(e => e.Direction == "in").Select(e => e.Text).ToList();
        Assert.Equal(expected, inbound.Count);
        Assert.Equal(expected, inbound.Distinct().Count());
    }
}
