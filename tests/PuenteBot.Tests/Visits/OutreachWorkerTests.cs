using Microsoft.Extensions.Time.Testing;
using PuenteBot.Dialogs.Crisis;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Tests.Support;
using PuenteBot.Visits.Outreach;

namespace PuenteBot.Tests.Visits;

/// <summary>
/// The outreach worker's passes on a fake clock, on both databases: reminders at each offset and not before, none in
/// quiet hours (deferred to their end), none over the caps, none to an opted-out family or one who took consent back,
/// none during a crisis episode or a live handoff (held, then sent), nothing for a cancelled visit, a moved visit at
/// its new time, the missed-visit message the next day at 10:00, and two workers never sending a row twice. Clinic
/// time is America/Chicago (UTC−6 in December).
/// </summary>
public class OutreachWorkerTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A clinic-local time in December 2026.</summary>
    private static DateTimeOffset Local(int day, int hour, int minute = 0) => new(2026, 12, day, hour, minute, 0, TimeSpan.FromHours(-6));

    private static FakeTimeProvider Clock(DateTimeOffset at) => new(at);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reminders_go_at_each_offset_and_not_before_and_only_once(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new OutreachBot(db, Clock(Local(7, 12)));
        var conversation = await bot.FamilyAsync("fam-1");
        await bot.Seed.AppointmentAsync("apt-1", "fam-1", Local(10, 15));

        await bot.RunAtAsync(Local(8, 14, 59));
        var planned = await bot.RowsAsync("fam-1");
        Assert.Equal(["reminder:apt-1:2880", "reminder:apt-1:120"], planned.Select(r => r.PlanKey));
        Assert.Equal([Local(8, 15), Local(10, 13)], planned.Select(r => r.DueAt));
        Assert.Equal(0, bot.Channel.To(conversation));

        await bot.RunAtAsync(Local(8, 15));
        Assert.Equal(1, bot.Channel.To(conversation));
        var first = (await bot.RowsAsync("fam-1"))[0];
        Assert.Equal(OutreachStates.Sent, first.State);
        Assert.Equal(conversation, first.ConversationId);
        Assert.Equal("test", first.Channel);
        Assert.Equal(Local(8, 15), first.SentAt);

        await bot.RunAtAsync(Local(10, 12, 59));
        Assert.Equal(1, bot.Channel.To(conversation));
        await bot.RunAtAsync(Local(10, 13));
        await bot.RunAtAsync(Local(10, 13, 1));
        Assert.Equal(2, bot.Channel.To(conversation));
        Assert.All(await bot.RowsAsync("fam-1"), r => Assert.Equal(OutreachStates.Sent, r.State));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_visit_booked_a_day_ahead_gets_only_the_two_hour_reminder(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new OutreachBot(db, Clock(Local(9, 15)));
        var conversation = await bot.FamilyAsync("fam-1");
        await bot.Seed.AppointmentAsync("apt-1", "fam-1", Local(10, 15));

        await bot.RunAsync();

        Assert.Equal(["reminder:apt-1:120"], (await bot.RowsAsync("fam-1")).Select(r => r.PlanKey));
        Assert.Equal(0, bot.Channel.To(conversation));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Quiet_hours_defer_a_reminder_to_eight_and_skip_one_that_would_then_be_too_late(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new OutreachBot(db, Clock(Local(9, 12)), new Dictionary<string, string?> { ["Reminders:Offsets:0"] = "02:00:00" });
        var early = await bot.FamilyAsync("fam-early");
        var late = await bot.FamilyAsync("fam-late");
        await bot.Seed.AppointmentAsync("apt-9", "fam-late", Local(10, 9));
        await bot.Seed.AppointmentAsync("apt-8", "fam-early", Local(10, 8));

        await bot.RunAtAsync(Local(10, 6));
        var skipped = Assert.Single(await bot.RowsAsync("fam-early"));
        Assert.Equal((OutreachStates.Skipped, OutreachReasons.Past), (skipped.State, skipped.Reason));
        await bot.RunAtAsync(Local(10, 7));
        var held = Assert.Single(await bot.RowsAsync("fam-late"));
        Assert.Equal((OutreachStates.Pending, OutreachReasons.QuietHours, Local(10, 8)), (held.State, held.Reason, held.DueAt));

        await bot.RunAtAsync(Local(10, 7, 59));
        Assert.Equal(0, bot.Channel.To(late));
        await bot.RunAtAsync(Local(10, 8));
        Assert.Equal(1, bot.Channel.To(late));
        Assert.Equal(0, bot.Channel.To(early));
        Assert.Equal(Local(10, 8), Assert.Single(await bot.RowsAsync("fam-late")).SentAt);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Automated_messages_stop_at_one_a_day_and_three_a_week_but_a_clinicians_follow_up_still_goes(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new OutreachBot(db, Clock(Local(9, 12)), new Dictionary<string, string?> { ["Reminders:Offsets:0"] = "02:00:00" });
        var conversation = await bot.FamilyAsync("fam-1");
        await bot.Seed.AppointmentAsync("apt-a", "fam-1", Local(10, 10));
        await bot.Seed.AppointmentAsync("apt-b", "fam-1", Local(10, 15));
        await bot.Seed.AppointmentAsync("apt-c", "fam-1", Local(11, 15));
        await bot.Seed.AppointmentAsync("apt-d", "fam-1", Local(12, 15));
        await bot.Seed.AppointmentAsync("apt-e", "fam-1", Local(13, 15));

        foreach (var at in new[] { Local(10, 8), Local(10, 13), Local(11, 13), Local(12, 13), Local(13, 13) })
        {
            await bot.RunAtAsync(at);
        }

        var rows = (await bot.RowsAsync("fam-1")).ToDictionary(r => r.AppointmentId!);
        Assert.Equal(OutreachStates.Sent, rows["apt-a"].State);
        Assert.Equal((OutreachStates.Skipped, OutreachReasons.CapDay), (rows["apt-b"].State, rows["apt-b"].Reason));
        Assert.Equal(OutreachStates.Sent, rows["apt-c"].State);
        Assert.Equal(OutreachStates.Sent, rows["apt-d"].State);
        Assert.Equal((OutreachStates.Skipped, OutreachReasons.CapWeek), (rows["apt-e"].State, rows["apt-e"].Reason));
        Assert.Equal(3, bot.Channel.To(conversation));

        var followUp = await bot.Service<FollowUps>().QueueAsync("fam-1", "esc-1", "Ana Ruiz", "¿Cómo le fue con el plan de la semana?", Cancel);
        Assert.False(followUp!.WaitsForQuietHours);
        await bot.RunAsync();
        Assert.Equal(OutreachStates.Sent, (await bot.Store.GetAsync(followUp.OutreachId, Cancel))!.State);
        Assert.Equal(4, bot.Channel.To(conversation));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Nothing_goes_to_an_opted_out_family_or_one_who_no_longer_wants_reminders_and_nothing_is_planned_without_a_yes(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new OutreachBot(db, Clock(Local(10, 12)), new Dictionary<string, string?> { ["Reminders:Offsets:0"] = "02:00:00" });
        var optedOut = await bot.FamilyAsync("fam-out");
        var withdrew = await bot.FamilyAsync("fam-no");
        var neverAsked = await bot.FamilyAsync("fam-null", reminders: null);
        await bot.Seed.AppointmentAsync("apt-1", "fam-out", Local(10, 15));
        await bot.Seed.AppointmentAsync("apt-2", "fam-no", Local(10, 15));
        await bot.Seed.AppointmentAsync("apt-3", "fam-null", Local(10, 15));
        await bot.RunAsync();
        await bot.EditAsync(optedOut, data => data.OptedOut = true);
        await bot.Seed.RemindersAsync("fam-no", false);

        await bot.RunAtAsync(Local(10, 13));

        Assert.Equal((OutreachStates.Skipped, OutreachReasons.OptedOut), Outcome(Assert.Single(await bot.RowsAsync("fam-out"))));
        Assert.Equal((OutreachStates.Skipped, OutreachReasons.NoConsent), Outcome(Assert.Single(await bot.RowsAsync("fam-no"))));
        Assert.Empty(await bot.RowsAsync("fam-null"));
        Assert.Empty(bot.Channel.Sent);
        Assert.Equal(0, bot.Channel.To(neverAsked) + bot.Channel.To(withdrew));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_crisis_episode_or_a_live_handoff_holds_a_reminder_which_goes_once_it_is_over(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new OutreachBot(db, Clock(Local(10, 12)), new Dictionary<string, string?> { ["Reminders:Offsets:0"] = "02:00:00" });
        var crisis = await bot.FamilyAsync("fam-crisis");
        var handoff = await bot.FamilyAsync("fam-handoff");
        var stuck = await bot.FamilyAsync("fam-stuck");
        await bot.Seed.AppointmentAsync("apt-1", "fam-crisis", Local(10, 15));
        await bot.Seed.AppointmentAsync("apt-2", "fam-handoff", Local(10, 15));
        await bot.Seed.AppointmentAsync("apt-3", "fam-stuck", Local(10, 15));
        await bot.RunAsync();
        await bot.EditAsync(crisis, data => data.DialogStack.Add(new DialogInstance { Id = CrisisDialog.DialogId }));
        await bot.EditAsync(stuck, data => data.DialogStack.Add(new DialogInstance { Id = CrisisDialog.DialogId }));
        await bot.EditAsync(handoff, data => data.Handoff = new HandoffState { ClinicianName = "Ana Ruiz", ClinicianUser = "ana", Since = Local(10, 12) });

        await bot.RunAtAsync(Local(10, 13));
        Assert.Equal((OutreachStates.Pending, OutreachReasons.Crisis, Local(10, 13, 15)), Held(Assert.Single(await bot.RowsAsync("fam-crisis"))));
        Assert.Equal((OutreachStates.Pending, OutreachReasons.Handoff, Local(10, 13, 15)), Held(Assert.Single(await bot.RowsAsync("fam-handoff"))));
        Assert.Empty(bot.Channel.Sent);

        await bot.EditAsync(crisis, data => data.DialogStack.Clear());
        await bot.EditAsync(handoff, data => data.Handoff = null);
        await bot.RunAtAsync(Local(10, 13, 15));
        Assert.Equal(1, bot.Channel.To(crisis));
        Assert.Equal(1, bot.Channel.To(handoff));
        Assert.Equal(0, bot.Channel.To(stuck));

        await bot.RunAtAsync(Local(10, 14, 50));
        Assert.Equal((OutreachStates.Skipped, OutreachReasons.Past), Outcome(Assert.Single(await bot.RowsAsync("fam-stuck"))));
        Assert.Equal(0, bot.Channel.To(stuck));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_cancelled_visit_sends_nothing_and_a_moved_one_sends_at_its_new_time(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new OutreachBot(db, Clock(Local(7, 16)));
        var cancelled = await bot.FamilyAsync("fam-cancel");
        var moved = await bot.FamilyAsync("fam-move");
        await bot.Seed.AppointmentAsync("apt-c", "fam-cancel", Local(10, 15));
        await bot.Seed.AppointmentAsync("apt-m", "fam-move", Local(10, 15));
        await bot.RunAsync();
        await bot.Seed.CancelAsync("apt-c");
        await bot.Seed.MoveAsync("apt-m", Local(11, 16));

        await bot.RunAtAsync(Local(8, 15));
        Assert.All(await bot.RowsAsync("fam-cancel"), r => Assert.Equal((OutreachStates.Cancelled, OutreachReasons.Cancelled), Outcome(r)));
        Assert.Equal([Local(9, 16), Local(11, 14)], (await bot.RowsAsync("fam-move")).Select(r => r.DueAt));
        Assert.Empty(bot.Channel.Sent);

        await bot.RunAtAsync(Local(9, 15, 59));
        Assert.Equal(0, bot.Channel.To(moved));
        await bot.RunAtAsync(Local(9, 16));
        Assert.Equal(1, bot.Channel.To(moved));
        await bot.RunAtAsync(Local(10, 13));
        await bot.RunAtAsync(Local(11, 14));
        Assert.Equal(2, bot.Channel.To(moved));
        Assert.Equal(0, bot.Channel.To(cancelled));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_missed_visit_gets_one_message_the_next_day_at_ten(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new OutreachBot(db, Clock(Local(10, 18)));
        var conversation = await bot.FamilyAsync("fam-1");
        var attendedFamily = await bot.FamilyAsync("fam-2");
        await bot.Seed.AppointmentAsync("apt-1", "fam-1", Local(10, 15), attended: false);
        await bot.Seed.AppointmentAsync("apt-2", "fam-2", Local(10, 15), attended: false);

        await bot.RunAsync();
        var planned = Assert.Single(await bot.RowsAsync("fam-1"));
        Assert.Equal(("missed:apt-1", OutreachKinds.Missed, Local(11, 10)), (planned.PlanKey, planned.Kind, planned.DueAt));
        await bot.Seed.MarkAttendedAsync("apt-2", true); // the clinic corrects its mark: no message

        await bot.RunAtAsync(Local(11, 9, 59));
        Assert.Equal(0, bot.Channel.To(conversation));
        await bot.RunAtAsync(Local(11, 10));
        await bot.RunAtAsync(Local(12, 10));
        Assert.Equal(1, bot.Channel.To(conversation));
        Assert.Equal(OutreachStates.Sent, Assert.Single(await bot.RowsAsync("fam-1")).State);
        Assert.Equal((OutreachStates.Cancelled, OutreachReasons.Cancelled), Outcome(Assert.Single(await bot.RowsAsync("fam-2"))));
        Assert.Equal(0, bot.Channel.To(attendedFamily));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_workers_on_one_database_never_send_a_row_twice(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var settings = new Dictionary<string, string?> { ["Reminders:Offsets:0"] = "02:00:00" };
        await using var one = new OutreachBot(db, Clock(Local(9, 12)), settings);
        await using var two = new OutreachBot(db, Clock(Local(9, 12)), settings);
        var conversations = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            conversations.Add(await one.FamilyAsync($"fam-{i}"));
            await one.Seed.AppointmentAsync($"apt-{i}", $"fam-{i}", Local(10, 15));
        }

        one.Clock.SetUtcNow(Local(10, 13));
        two.Clock.SetUtcNow(Local(10, 13));
        var tried = await Task.WhenAll(Task.Run(one.RunAsync, Cancel), Task.Run(two.RunAsync, Cancel));
        await Task.WhenAll(Task.Run(one.RunAsync, Cancel), Task.Run(two.RunAsync, Cancel));

        Assert.Equal(8, tried.Sum());
        Assert.Equal(8, one.Channel.Sent.Count + two.Channel.Sent.Count);
        Assert.All(conversations, c => Assert.Equal(1, one.Channel.To(c) + two.Channel.To(c)));
        for (var i = 0; i < 8; i++)
        {
            var row = Assert.Single(await one.RowsAsync($"fam-{i}"));
            Assert.Equal((OutreachStates.Sent, 1), (row.State, row.Attempts));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_follow_up_written_at_night_goes_when_quiet_hours_end(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new OutreachBot(db, Clock(Local(10, 21, 30)));
        var conversation = await bot.FamilyAsync("fam-1");

        var queued = await bot.Service<FollowUps>().QueueAsync("fam-1", "esc-1", "Ana Ruiz", "Buenas noches, mañana le llamo.", Cancel);
        await bot.RunAsync();
        await bot.RunAtAsync(Local(11, 7, 59));
        Assert.Equal((true, Local(11, 8)), (queued!.WaitsForQuietHours, queued.DueAt));
        Assert.Equal(0, bot.Channel.To(conversation));

        await bot.RunAtAsync(Local(11, 8));
        Assert.Equal(1, bot.Channel.To(conversation));
        Assert.Null(await bot.Service<FollowUps>().QueueAsync("fam-1", "esc-1", "Ana Ruiz", "   ", Cancel));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_familys_deletion_takes_the_follow_ups_sent_and_waiting_with_their_words(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new OutreachBot(db, Clock(Local(10, 12)));
        var conversation = await bot.FamilyAsync("fam-1");
        var sent = await bot.Service<FollowUps>().QueueAsync("fam-1", "esc-1", "Ana Ruiz", "Sobre lo que nos contó de su hijo: ¿cómo sigue?", Cancel);
        await bot.RunAsync();
        var waiting = await bot.Service<FollowUps>().QueueAsync("fam-1", "esc-1", "Ana Ruiz", "Mañana le llamo.", Cancel);

        await bot.Service<PuenteBot.Privacy.FamilyDataEraser>().EraseAsync(conversation, PuenteBot.Privacy.EscalationRedaction.ByStaff, Cancel);

        Assert.NotNull(sent);
        Assert.Null(await bot.Store.GetAsync(sent.OutreachId, Cancel));
        Assert.Null(await bot.Store.GetAsync(waiting!.OutreachId, Cancel));
        Assert.Equal(1, bot.Channel.To(conversation));
        await bot.RunAsync();
        Assert.Equal(1, bot.Channel.To(conversation)); // the one waiting went with the family's data, unsent
    }

    private static (string State, string? Reason) Outcome(OutreachRecord row) => (row.State, row.Reason);

    private static (string State, string? Reason, DateTimeOffset DueAt) Held(OutreachRecord row) => (row.State, row.Reason, row.DueAt);
}
