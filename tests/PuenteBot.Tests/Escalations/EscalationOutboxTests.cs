using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Escalations;
using PuenteBot.Escalations.Delivery;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Escalations;

/// <summary>The outbox's claims on a real database of either provider, with the clock in the test's hands.</summary>
public class EscalationOutboxTests
{
    private static readonly string[] Notifiers = ["webhook", "email"];
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(15);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Urgent_escalations_are_claimed_before_older_routine_ones(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = db.Services();
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

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_claim_of_a_process_that_died_expires_and_the_delivery_is_taken_up_again_with_the_same_key(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = db.Services();
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

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_escalation_is_delivered_only_when_every_configured_notifier_delivered_it(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = db.Services();
        await SeededEscalations.AddAsync(bot.Store, "conv-both", "routine", SeededEscalations.Start);
        var outbox = bot.Services.GetRequiredService<EscalationOutbox>();
        var store = bot.Services.GetRequiredService<IEscalationStore>();
        var ct = TestContext.Current.CancellationToken;
        var claimed = (await outbox.ClaimNextAsync(Notifiers, SeededEscalations.Start, Lease, ct))!;
        var id = claimed.Escalation.Id;

        await outbox.DeliveredAsync(id, "webhook", Notifiers, SeededEscalations.Start, ct);
        var halfway = (await store.GetAsync(id, ct))!.State;
        await outbox.FailedAsync(id, "email", "SMTP 451", SeededEscalations.Start.AddSeconds(5), ct);
        var retry = await outbox.ClaimNextAsync(Notifiers, SeededEscalations.Start.AddSeconds(5), Lease, ct);
        await outbox.DeliveredAsync(id, "email", Notifiers, SeededEscalations.Start.AddSeconds(5), ct);

        Assert.Equal(EscalationStates.Pending, halfway);
        Assert.Equal(("email", 2), (Assert.Single(retry!.Due).Notifier, retry.Due[0].Attempts));
        Assert.Equal(EscalationStates.Delivered, (await store.GetAsync(id, ct))!.State);
        var email = (await outbox.DeliveriesAsync(id, ct)).Single(d => d.Notifier == "email");
        Assert.Equal((2, EscalationStates.Delivered, (string?)null), (email.Attempts, email.State, email.LastError));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_processes_claiming_at_once_deliver_each_of_20_escalations_exactly_once(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var first = db.Services();
        await using var second = db.Services();
        for (var i = 0; i < 20; i++)
        {
            await SeededEscalations.AddAsync(first.Store, $"conv-{i}", i % 3 == 0 ? "urgent" : "routine", SeededEscalations.Start.AddSeconds(i));
        }

        var now = SeededEscalations.Start.AddHours(1);
        using var start = new Barrier(2);
        var claims = await Task.WhenAll(
            Task.Run(() => DeliverEverythingAsync(first.Services.GetRequiredService<EscalationOutbox>(), now, start)),
            Task.Run(() => DeliverEverythingAsync(second.Services.GetRequiredService<EscalationOutbox>(), now, start)));

        var all = claims.SelectMany(c => c).ToList();
        Assert.Equal(40, all.Count);
        Assert.Equal(40, all.Distinct().Count());
        var store = first.Services.GetRequiredService<IEscalationStore>();
        var outbox = first.Services.GetRequiredService<EscalationOutbox>();
        var escalations = (await store.ListAsync(new EscalationQuery(PageSize: 50), TestContext.Current.CancellationToken)).Items;
        Assert.Equal(20, escalations.Count);
        foreach (var escalation in escalations)
        {
            Assert.Equal(EscalationStates.Delivered, escalation.State);
            var deliveries = await outbox.DeliveriesAsync(escalation.Id, TestContext.Current.CancellationToken);
            Assert.Equal(
                Notifiers.Order().Select(n => (n, EscalationStates.Delivered, 1, $"{escalation.Id}:{n}")),
                deliveries.Select(d => (d.Notifier, d.State, d.Attempts, d.IdempotencyKey)));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_lease_of_a_process_that_died_expires_and_another_process_takes_the_delivery_up_under_the_same_key_as_its_next_try(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var died = db.Services();
        await using var survivor = db.Services();
        await SeededEscalations.AddAsync(died.Store, "conv-died", "urgent", SeededEscalations.Start);
        var ct = TestContext.Current.CancellationToken;
        var now = SeededEscalations.Start.AddSeconds(1);
        var other = survivor.Services.GetRequiredService<EscalationOutbox>();

        var held = await died.Services.GetRequiredService<EscalationOutbox>().ClaimNextAsync(Notifiers, now, Lease, ct);
        await died.DisposeAsync();
        var whileHeld = await other.ClaimNextAsync(Notifiers, now + Lease - TimeSpan.FromSeconds(1), Lease, ct);
        var taken = await other.ClaimNextAsync(Notifiers, now + Lease, Lease, ct);

        Assert.NotNull(held);
        Assert.Null(whileHeld);
        Assert.Equal(held.Escalation.Id, taken!.Escalation.Id);
        Assert.Equal(held.Due.Select(d => (d.Notifier, d.IdempotencyKey)).Order(), taken.Due.Select(d => (d.Notifier, d.IdempotencyKey)).Order());
        Assert.All(held.Due, d => Assert.Equal(1, d.Attempts));
        Assert.All(taken.Due, d => Assert.Equal(2, d.Attempts));
        Assert.All(taken.Due, d => Assert.Equal(now + Lease + Lease, d.NextAttemptAt));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_delivery_given_back_by_a_stopping_process_is_not_counted_as_a_try(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = db.Services();
        await SeededEscalations.AddAsync(bot.Store, "conv-release", "urgent", SeededEscalations.Start);
        var outbox = bot.Services.GetRequiredService<EscalationOutbox>();
        var ct = TestContext.Current.CancellationToken;
        var now = SeededEscalations.Start.AddSeconds(1);

        var held = (await outbox.ClaimNextAsync(Notifiers, now, Lease, ct))!;
        foreach (var due in held.Due)
        {
            await outbox.ReleaseAsync(held.Escalation.Id, due.Notifier, now, ct);
        }

        var again = (await outbox.ClaimNextAsync(Notifiers, now, Lease, ct))!;
        Assert.All(held.Due, d => Assert.Equal(1, d.Attempts));
        Assert.All(again.Due, d => Assert.Equal(1, d.Attempts));
    }

    /// <summary>One process's worker loop, without notifiers: claims until nothing is due and records each due delivery as made.</summary>
    private static async Task<List<(string EscalationId, string Notifier)>> DeliverEverythingAsync(EscalationOutbox outbox, DateTimeOffset now, Barrier start)
    {
        var ct = TestContext.Current.CancellationToken;
        var made = new List<(string, string)>();
        start.SignalAndWait(ct);
        while (await outbox.ClaimNextAsync(Notifiers, now, Lease, ct) is { } claimed)
        {
            foreach (var due in claimed.Due)
            {
                made.Add((claimed.Escalation.Id, due.Notifier));
                await outbox.DeliveredAsync(claimed.Escalation.Id, due.Notifier, Notifiers, now, ct, due.IdempotencyKey);
            }
        }

        return made;
    }
}
