using PuenteBot.Escalations;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Escalations;

/// <summary>What starts a delivery: the turn that commits the escalation, not the worker's poll; and nothing when no notifier is set.</summary>
public class WakeUpTests
{
    [Fact]
    public async Task The_turn_that_commits_an_escalation_wakes_the_worker_without_waiting_for_its_poll()
    {
        await using var receiver = await EscalationReceiver.StartAsync();
        var settings = EscalationSettings.With(webhookUrl: receiver.Url);
        settings["Escalation:Delivery:PollInterval"] = "01:00:00";
        await using var bot = new DeliveryBot(settings);
        await bot.SayAsync("conv-first", "I want to kill myself");
        await receiver.WaitUntilAsync(r => r.Processed.Count == 1);

        // The worker has delivered the first and now waits an hour for its next poll: only the turn can wake it.
        await bot.SayAsync("conv-second", "I want to kill myself");
        await receiver.WaitUntilAsync(r => r.Processed.Count == 2);

        var second = (await bot.Store.ListAsync(new EscalationQuery(), TestContext.Current.CancellationToken)).Items[0];
        Assert.Equal("conv-second", second.ConversationId);
        Assert.Contains($"{second.Id}:webhook", receiver.Processed.Keys);
    }

    [Fact]
    public async Task With_no_notifier_configured_escalations_stay_pending_and_listed()
    {
        using var folder = new TempFolder();
        await using var bot = new DeliveryBot(EscalationSettings.With(connectionString: folder.ConnectionString));

        await bot.SayAsync("conv-none", "I want to kill myself");

        var pending = await bot.SingleEscalationAsync(EscalationStates.Pending);
        Assert.Empty(await bot.Outbox.DeliveriesAsync(pending.Id, TestContext.Current.CancellationToken));
        Assert.Equal("urgent", pending.Urgency);
    }
}
