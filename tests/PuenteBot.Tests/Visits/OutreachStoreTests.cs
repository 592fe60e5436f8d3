using Microsoft.Extensions.Time.Testing;
using PuenteBot.Dialogs.Visits;
using PuenteBot.Tests.Support;
using PuenteBot.Visits.Outreach;

namespace PuenteBot.Tests.Visits;

/// <summary>The outreach store's contract on both databases: plan once, claim under a lease, end only a pending row, count, and the family's answers.</summary>
public class OutreachStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 8, 18, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_plan_key_is_planned_once_and_reads_back_as_planned(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new OutreachBot(db, new FakeTimeProvider(Now));
        var plan = new OutreachPlan("followup:abc", OutreachKinds.FollowUp, "fam-1", Now.AddMinutes(5), EscalationId: "esc-1", Author: "Ana Ruiz", Body: "Hola");

        var id = await bot.Store.PlanAsync(plan, Now, Cancel);
        var again = await bot.Store.PlanAsync(plan with { DueAt = Now.AddDays(1) }, Now, Cancel);
        var row = await bot.Store.GetAsync(id!.Value, Cancel);

        Assert.Null(again);
        Assert.Equal(
            ("followup:abc", OutreachKinds.FollowUp, "fam-1", "esc-1", "Ana Ruiz", "Hola", Now.AddMinutes(5), OutreachStates.Pending, 0, Now),
            (row!.PlanKey, row.Kind, row.FamilyId, row.EscalationId, row.Author, row.Body, row.DueAt, row.State, row.Attempts, row.CreatedAt));
        Assert.Equal([id.Value], (await bot.Store.FollowUpsAsync("esc-1", Cancel)).Select(r => r.Id));
        Assert.Empty(await bot.Store.FollowUpsAsync("esc-2", Cancel));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_claimed_row_is_nobody_elses_until_its_lease_ends_and_ends_once(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new OutreachBot(db, new FakeTimeProvider(Now));
        var store = bot.Store;
        var id = (await store.PlanAsync(new OutreachPlan("reminder:apt-1:120", OutreachKinds.Reminder, "fam-1", Now, "apt-1"), Now, Cancel))!.Value;
        await store.PlanAsync(new OutreachPlan("reminder:apt-2:120", OutreachKinds.Reminder, "fam-1", Now.AddHours(1), "apt-2"), Now, Cancel);

        var first = await store.ClaimNextAsync(Now, Lease, Cancel);
        var meanwhile = await store.ClaimNextAsync(Now.AddMinutes(1), Lease, Cancel);
        var afterLease = await store.ClaimNextAsync(Now + Lease, Lease, Cancel);

        Assert.Equal((id, 1), (first!.Id, first.Attempts));
        Assert.Null(meanwhile);
        Assert.Equal((id, 2), (afterLease!.Id, afterLease.Attempts));

        Assert.True(await store.SentAsync(id, "conv-1", "sms", "es", Now + Lease, Cancel));
        Assert.False(await store.SentAsync(id, "conv-2", "sms", "es", Now + Lease, Cancel));
        Assert.False(await store.EndAsync(id, OutreachStates.Skipped, OutreachReasons.CapDay, Cancel));
        Assert.False(await store.DeferAsync(id, Now.AddHours(3), OutreachReasons.QuietHours, Cancel));
        Assert.False(await store.MoveAsync(id, Now.AddHours(3), Cancel));
        Assert.Null(await store.ClaimNextAsync(Now.AddMinutes(10), Lease, Cancel));
        var sent = await store.GetAsync(id, Cancel);
        Assert.Equal((OutreachStates.Sent, "conv-1", "sms", "es", (DateTimeOffset?)(Now + Lease)), (sent!.State, sent.ConversationId, sent.Channel, sent.Language, sent.SentAt));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_deferred_row_waits_with_its_reason_and_cancelling_a_visit_ends_only_its_pending_rows(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new OutreachBot(db, new FakeTimeProvider(Now));
        var store = bot.Store;
        var held = (await store.PlanAsync(new OutreachPlan("reminder:apt-1:2880", OutreachKinds.Reminder, "fam-1", Now, "apt-1"), Now, Cancel))!.Value;
        var sent = (await store.PlanAsync(new OutreachPlan("reminder:apt-1:120", OutreachKinds.Reminder, "fam-1", Now, "apt-1"), Now, Cancel))!.Value;
        Assert.True(await store.SentAsync(sent, "conv-1", "test", "en", Now, Cancel));

        Assert.Equal(held, (await store.ClaimNextAsync(Now, Lease, Cancel))!.Id);
        Assert.True(await store.DeferAsync(held, Now.AddHours(14), OutreachReasons.QuietHours, Cancel));
        Assert.Null(await store.ClaimNextAsync(Now.AddHours(13), Lease, Cancel));
        var again = await store.ClaimNextAsync(Now.AddHours(14), Lease, Cancel);
        Assert.Equal((held, OutreachReasons.QuietHours), (again!.Id, again.Reason));

        Assert.Equal(1, await store.CancelAppointmentAsync("apt-1", Cancel));
        Assert.Equal((OutreachStates.Cancelled, OutreachReasons.Cancelled), ((await store.GetAsync(held, Cancel))!.State, (await store.GetAsync(held, Cancel))!.Reason));
        Assert.Equal(OutreachStates.Sent, (await store.GetAsync(sent, Cancel))!.State);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_automated_messages_sent_since_a_time_count_against_the_caps(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new OutreachBot(db, new FakeTimeProvider(Now));
        var store = bot.Store;
        async Task<long> Sent(string key, string kind, DateTimeOffset at, string family = "fam-1")
        {
            var id = (await store.PlanAsync(new OutreachPlan(key, kind, family, at), at, Cancel))!.Value;
            Assert.True(await store.SentAsync(id, "conv-1", "test", "es", at, Cancel));
            return id;
        }

        await Sent("reminder:a:120", OutreachKinds.Reminder, Now.AddDays(-8));
        await Sent("reminder:b:120", OutreachKinds.Reminder, Now.AddDays(-2));
        await Sent("missed:c", OutreachKinds.Missed, Now.AddHours(-1));
        await Sent("followup:d", OutreachKinds.FollowUp, Now.AddHours(-1));
        await Sent("reminder:e:120", OutreachKinds.Reminder, Now.AddHours(-1), family: "fam-2");
        var skipped = (await store.PlanAsync(new OutreachPlan("reminder:f:120", OutreachKinds.Reminder, "fam-1", Now), Now, Cancel))!.Value;
        Assert.True(await store.EndAsync(skipped, OutreachStates.Skipped, OutreachReasons.CapDay, Cancel));

        Assert.Equal(2, await store.SentCountAsync("fam-1", Now.AddDays(-7), Cancel));
        Assert.Equal(1, await store.SentCountAsync("fam-1", Now.AddHours(-2), Cancel));
        Assert.Equal(0, await store.SentCountAsync("fam-3", Now.AddDays(-30), Cancel));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_reply_to_a_reminder_is_recorded_on_the_row_and_the_visit_and_the_same_answer_twice_changes_nothing(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new OutreachBot(db, new FakeTimeProvider(Now));
        await bot.Seed.FamilyAsync("fam-1");
        await bot.Seed.AppointmentAsync("apt-1", "fam-1", Now.AddDays(2));
        await bot.Seed.AppointmentAsync("apt-2", "fam-1", Now.AddDays(-1), attended: false);
        var store = bot.Store;
        var reminder = (await store.PlanAsync(new OutreachPlan("reminder:apt-1:120", OutreachKinds.Reminder, "fam-1", Now, "apt-1"), Now, Cancel))!.Value;
        var missed = (await store.PlanAsync(new OutreachPlan("missed:apt-2", OutreachKinds.Missed, "fam-1", Now, "apt-2"), Now, Cancel))!.Value;

        await store.RecordAsync(new VisitReply(reminder, "apt-1", VisitReply.Confirmed, Now.AddMinutes(1)), Cancel);
        await store.RecordAsync(new VisitReply(reminder, "apt-1", VisitReply.Confirmed, Now.AddMinutes(9)), Cancel);
        var confirmed = await store.GetAsync(reminder, Cancel);
        Assert.Equal((VisitReply.Confirmed, (DateTimeOffset?)Now.AddMinutes(1)), (confirmed!.Reply, confirmed.RepliedAt));
        Assert.Equal((VisitReply.Confirmed, true), await bot.Seed.AppointmentReplyAsync("apt-1"));

        await store.RecordAsync(new VisitReply(reminder, "apt-1", VisitReply.Change, Now.AddMinutes(20)), Cancel);
        Assert.Equal(VisitReply.Change, (await store.GetAsync(reminder, Cancel))!.Reply);
        Assert.Equal((VisitReply.Change, true), await bot.Seed.AppointmentReplyAsync("apt-1"));

        await store.RecordAsync(new VisitReply(missed, "apt-2", VisitReply.Barrier, Now.AddMinutes(30)), Cancel);
        Assert.Equal(VisitReply.Barrier, (await store.GetAsync(missed, Cancel))!.Reply);
        Assert.Equal((null, false), await bot.Seed.AppointmentReplyAsync("apt-2"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Planning_reads_only_the_visits_of_families_who_said_yes(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new OutreachBot(db, new FakeTimeProvider(Now));
        await bot.Seed.FamilyAsync("fam-yes");
        await bot.Seed.FamilyAsync("fam-no", reminders: false);
        await bot.Seed.FamilyAsync("fam-unasked", reminders: null);
        foreach (var family in new[] { "fam-yes", "fam-no", "fam-unasked" })
        {
            await bot.Seed.AppointmentAsync("soon-" + family, family, Now.AddDays(1));
            await bot.Seed.AppointmentAsync("missed-" + family, family, Now.AddDays(-1), attended: false);
        }

        await bot.Seed.AppointmentAsync("later", "fam-yes", Now.AddDays(5));
        await bot.Seed.AppointmentAsync("cancelled", "fam-yes", Now.AddDays(1), state: "cancelled");
        await bot.Seed.AppointmentAsync("came", "fam-yes", Now.AddDays(-1), attended: true);

        Assert.Equal(["soon-fam-yes"], (await bot.Store.UpcomingAsync(Now, Now.AddDays(3), Cancel)).Select(v => v.AppointmentId));
        var missed = Assert.Single(await bot.Store.MissedAsync(Now.AddDays(-7), Now, Cancel));
        Assert.Equal(("missed-fam-yes", "fam-yes", Now.AddDays(-1), false, true), (missed.AppointmentId, missed.FamilyId, missed.StartsAt, missed.Attended, missed.RemindersWanted));
        Assert.Equal((false, "cancelled"), ((await bot.Store.VisitAsync("soon-fam-no", Cancel))!.RemindersWanted, (await bot.Store.VisitAsync("cancelled", Cancel))!.State));
        Assert.Null(await bot.Store.VisitAsync("nope", Cancel));

        await bot.Store.PlanAsync(new OutreachPlan("reminder:soon-fam-yes:120", OutreachKinds.Reminder, "fam-yes", Now, "soon-fam-yes"), Now, Cancel);
        await bot.Store.PlanAsync(new OutreachPlan("reminder:later:120", OutreachKinds.Reminder, "fam-yes", Now.AddDays(5), "later"), Now, Cancel);
        Assert.Equal(["reminder:soon-fam-yes:120"], await bot.Store.PlannedKeysAsync(Now, Now.AddDays(3), Cancel));
    }
}
