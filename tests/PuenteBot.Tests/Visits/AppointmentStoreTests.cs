using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using PuenteBot.Dialogs.Visits;
using PuenteBot.Families;
using PuenteBot.Tests.Support;
using PuenteBot.Visits.Appointments;

namespace PuenteBot.Tests.Visits;

/// <summary>The appointment store and the reminder consent on both databases, two instances sharing one database as two processes would.</summary>
public class AppointmentStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 15, 0, 0, TimeSpan.Zero);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_visit_reads_back_as_booked_on_another_instance_and_changes_until_it_is_cancelled(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(Now);
        await using var one = Instance(db, clock);
        await using var two = Instance(db, clock);
        await Family(one, "fam-1");
        var store = one.Services.GetRequiredService<IAppointmentStore>();
        var visit = Visit("apt-1", "fam-1", Now.AddDays(3)) with { Reply = "confirmed", RepliedAt = Now.AddHours(1) };

        await store.CreateAsync(visit, Cancel);
        var read = two.Services.GetRequiredService<IAppointmentStore>();
        Assert.Equal(visit, await read.GetAsync("apt-1", Cancel));
        Assert.Null(await read.GetAsync("apt-2", Cancel));

        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.True(await read.UpdateAsync("apt-1", Now.AddDays(4), null, AppointmentKinds.Video, Cancel));
        Assert.Equal(
            visit with { Start = Now.AddDays(4), Clinician = null, Kind = AppointmentKinds.Video, UpdatedAt = Now.AddMinutes(5) },
            await store.GetAsync("apt-1", Cancel));

        Assert.True(await store.CancelAsync("apt-1", Cancel));
        Assert.False(await store.CancelAsync("apt-1", Cancel));
        Assert.False(await store.UpdateAsync("apt-1", Now.AddDays(5), "Dr. Kim", AppointmentKinds.Phone, Cancel));
        Assert.False(await store.SetAttendanceAsync("apt-1", true, Cancel));
        Assert.False(await store.CancelAsync("apt-9", Cancel));
        var cancelled = await read.GetAsync("apt-1", Cancel);
        Assert.Equal(AppointmentStates.Cancelled, cancelled?.State);
        Assert.Equal(Now.AddDays(4), cancelled?.Start);
        Assert.Null(cancelled?.Attended);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_familys_visits_come_latest_first_with_the_last_attendance_mark(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = Instance(db, new FakeTimeProvider(Now));
        await Family(bot, "fam-1");
        await Family(bot, "fam-2");
        var store = bot.Services.GetRequiredService<IAppointmentStore>();
        await store.CreateAsync(Visit("apt-before", "fam-1", Now.AddHours(-1)), Cancel);
        await store.CreateAsync(Visit("apt-from", "fam-1", Now), Cancel);
        await store.CreateAsync(Visit("apt-late", "fam-2", Now.AddHours(47).AddMinutes(59)), Cancel);
        await store.CreateAsync(Visit("apt-to", "fam-2", Now.AddHours(48)), Cancel);
        await store.CreateAsync(Visit("apt-gone", "fam-2", Now.AddHours(2)), Cancel);
        await store.CancelAsync("apt-gone", Cancel);
        Assert.True(await store.SetAttendanceAsync("apt-before", false, Cancel));
        await store.CreateAsync(Visit("apt-came", "fam-1", Now.AddHours(-2)), Cancel);
        Assert.True(await store.SetAttendanceAsync("apt-came", false, Cancel));
        Assert.True(await store.SetAttendanceAsync("apt-came", true, Cancel));

        Assert.False((await store.GetAsync("apt-before", Cancel))?.Attended);
        Assert.Equal(AppointmentStates.Cancelled, (await store.GetAsync("apt-gone", Cancel))?.State);
        Assert.True((await store.GetAsync("apt-came", Cancel))?.Attended);
        Assert.Equal(["apt-from", "apt-before", "apt-came"], (await store.ForFamilyAsync("fam-1", 10, Cancel)).Select(a => a.Id));
        Assert.Equal(["apt-from"], (await store.ForFamilyAsync("fam-1", 1, Cancel)).Select(a => a.Id));
        Assert.Empty(await store.ForFamilyAsync("fam-9", 10, Cancel));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reminder_consent_is_not_asked_until_given_and_reads_back_as_given(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = Instance(db, new FakeTimeProvider(Now));
        var families = bot.Services.GetRequiredService<IFamilyStore>();
        var consent = bot.Services.GetRequiredService<IReminderConsent>();
        await Family(bot, "fam-1");
        await families.CreateAsync(new FamilyRecord("fam-2", "M-2", "Ava", "Sam", null, "en", "webchat", null, Now) { Reminders = true }, Cancel);

        Assert.Null(await consent.GetAsync("fam-1", Cancel));
        Assert.True((await families.GetAsync("fam-2", Cancel))?.Reminders);
        await consent.SetAsync("fam-1", false, Cancel);
        Assert.False(await consent.GetAsync("fam-1", Cancel));
        await consent.SetAsync("fam-1", true, Cancel);
        Assert.True((await families.GetAsync("fam-1", Cancel))?.Reminders);
        Assert.True(await families.SetRemindersAsync("fam-2", null, Cancel));
        Assert.Null(await consent.GetAsync("fam-2", Cancel));
        Assert.False(await families.SetRemindersAsync("fam-9", true, Cancel));
        Assert.Null(await consent.GetAsync("fam-9", Cancel));
    }

    private static BotServices Instance(TestDatabase db, FakeTimeProvider clock) =>
        db.Services(configure: s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));

    private static Task Family(BotServices bot, string id) =>
        bot.Services.GetRequiredService<IFamilyStore>().CreateAsync(new FamilyRecord(id, "MRN-" + id, "Mateo", "Lucía", null, "es", "webchat", null, Now), Cancel);

    private static AppointmentRecord Visit(string id, string familyId, DateTimeOffset start) =>
        new(id, familyId, start, "Dr. Kim", AppointmentKinds.InPerson, AppointmentStates.Scheduled, null, null, null, Now, Now);
}
