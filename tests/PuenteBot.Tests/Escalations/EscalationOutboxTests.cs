using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Escalations;
using PuenteBot.Escalations.Delivery;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Escalations;

/// <summary>The outbox's claims on a real SQLite file, with the clock in the test's hands.</summary>
public class EscalationOutboxTests
{
    private static readonly string[] Notifiers = ["webhook", "email"];
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Urgent_escalations_are_claimed_before_older_routine_ones()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);
        await SeededEscalations.AddSixAsync(bot.Store);
        var outbox = bot.Services.GetRequiredService<EscalationOutbox>();
        var now = SeededEscalations.Start.AddHours(1);

        var order = new List<string>();
        while (await outbox.ClaimNextAsync(Notifiers, now, Lease, TestContext.Current.CancellationToken) is { } claimed)
        {
            Assert.Equal(Notifiers.Order(), claimed.Due.Select(d => d.Notifier).Order());
            order.Add(claimed.Escalation.ConversationId);
        }

        Assert.Equal(["conv-1", "conv-4", "conv-0", "conv-3", "conv-5", "conv-2"], order);
    }

    [Fact]
    public async Task A_claim_of_a_process_that_died_expires_and_the_delivery_is_taken_up_again_with_the_same_key()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);
        await SeededEscalations.AddAsync(bot.Store, "conv-lease", "urgent", SeededEscalations.Start);
        var outbox = bot.Services.GetRequiredService<EscalationOutbox>();
        var ct = TestContext.Current.CancellationToken;
        var now = SeededEscalations.Start.AddSeconds(1);

        var first = await outbox.ClaimNextAsync(Notifiers, now, Lease, ct);
        var whileHeld = await outbox.ClaimNextAsync(Notifiers, now + Lease - TimeSpan.FromSeconds(1), Lease, ct);
        var afterExpiry = await outbox.ClaimNextAsync(Notifiers, now + Lease, Lease, ct);

        Assert.NotNull(first);
        Assert.Null(whileHeld);
        Assert.Equal(first.Due.Select(d => d.IdempotencyKey).Order(), afterExpiry!.Due.Select(d => d.IdempotencyKey).Order());
        Assert.Equal($"{first.Escalation.Id}:webhook", first.Due.Single(d => d.Notifier == "webhook").IdempotencyKey);
    }

    [Fact]
    public async Task The_escalation_is_delivered_only_when_every_configured_notifier_delivered_it()
    {
        using var folder = new TempFolder();
        await using var bot = new BotServices(folder.ConnectionString);
        await SeededEscalations.AddAsync(bot.Store, "conv-both", "routine", SeededEscalations.Start);
        var outbox = bot.Services.GetRequiredService<EscalationOutbox>();
        var store = bot.Services.GetRequiredService<IEscalationStore>();
        var ct = TestContext.Current.CancellationToken;
        var claimed = (await outbox.ClaimNextAsync(Notifiers, SeededEscalations.Start, Lease, ct))!;
        var id = claimed.Escalation.Id;

        await outbox.DeliveredAsync(id, "webhook", Notifiers, SeededEscalations.Start, ct);
        var halfway = (await store.GetAsync(id, ct))!.State;
        await outbox.FailedAsync(id, "email", "SMTP 451", SeededEscalations.Start.AddSeconds(5), ct);
        await outbox.DeliveredAsync(id, "email", Notifiers, SeededEscalations.Start.AddSeconds(5), ct);

        Assert.Equal(EscalationStates.Pending, halfway);
        Assert.Equal(EscalationStates.Delivered, (await store.GetAsync(id, ct))!.State);
        var email = (await outbox.DeliveriesAsync(id, ct)).Single(d => d.Notifier == "email");
        Assert.Equal((2, EscalationStates.Delivered, (string?)null), (email.Attempts, email.State, email.LastError));
    }
}
