using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PuenteBot.Dialogs.Clinic;
using PuenteBot.Visits.Outreach;

namespace PuenteBot.Tests.Visits;

/// <summary>The rules one due row meets, alone (no database), on a fake clock in clinic time (America/Chicago, UTC−6 in December), and the options they read.</summary>
public class OutreachRulesTests
{
    private static readonly OutreachVisit Visit = new("apt-1", "fam-1", Local(10, 15), "Dr. Kim", "in_person", "scheduled", null, true);

    private static DateTimeOffset Local(int day, int hour, int minute = 0) => new(2026, 12, day, hour, minute, 0, TimeSpan.FromHours(-6));

    private static OutreachRules Rules(string quietHours = "20:00-08:00") =>
        new(Options.Create(new RemindersOptions { Offsets = [.. RemindersOptions.DefaultOffsets], QuietHours = quietHours }), Options.Create(new ClinicOptions()));

    private static OutreachRecord Row(string kind, DateTimeOffset due, string key = "reminder:apt-1:120") =>
        new(1, key, kind, "fam-1", kind == OutreachKinds.FollowUp ? null : "apt-1", null, null, null, due, OutreachStates.Pending, null, 1, null, null, null, null, null, due, null);

    private static OutreachFacts Reachable(OutreachVisit? visit = null) => new(visit ?? Visit, Reachable: true);

    [Fact]
    public void A_reminder_in_quiet_hours_waits_for_their_end_and_one_outside_goes()
    {
        var clock = new FakeTimeProvider(Local(10, 7));
        var rules = Rules();
        var nineOClock = Reachable(Visit with { StartsAt = Local(10, 9) });

        Assert.Equal(OutreachDecision.Deferred(Local(10, 8), OutreachReasons.QuietHours), rules.Decide(Row(OutreachKinds.Reminder, Local(10, 7)), nineOClock, clock.GetUtcNow()));
        clock.SetUtcNow(Local(10, 8));
        Assert.Equal(OutreachDecision.Send, rules.Decide(Row(OutreachKinds.Reminder, Local(10, 7)), nineOClock, clock.GetUtcNow()));
        Assert.Equal(OutreachDecision.Send, Rules(quietHours: string.Empty).Decide(Row(OutreachKinds.Reminder, Local(10, 7)), nineOClock, Local(10, 7)));
        Assert.Equal(OutreachDecision.Skipped(OutreachReasons.Past), rules.Decide(Row(OutreachKinds.Reminder, Local(10, 6)), Reachable(Visit with { StartsAt = Local(10, 8) }), Local(10, 6)));
    }

    [Fact]
    public void Quiet_hours_wrap_midnight_in_clinic_time()
    {
        Assert.True(QuietHoursWindow.TryParse("20:00-08:00", out var night));
        var chicago = new ClinicOptions().Zone;

        Assert.Equal(Local(11, 8), night.EndOf(Local(10, 22), chicago));
        Assert.Equal(Local(10, 8), night.EndOf(Local(10, 7, 59), chicago));
        Assert.Null(night.EndOf(Local(10, 8), chicago));
        Assert.Null(night.EndOf(Local(10, 19, 59), chicago));
        Assert.True(QuietHoursWindow.TryParse("12:00-13:00", out var lunch));
        Assert.Equal(Local(10, 13), lunch.EndOf(Local(10, 12, 30), chicago));
        Assert.Null(lunch.EndOf(Local(10, 11), chicago));
        Assert.False(QuietHoursWindow.TryParse("8-20", out _));
        Assert.False(QuietHoursWindow.TryParse("08:00-08:00", out _));
    }

    [Fact]
    public void A_person_writing_is_held_by_quiet_hours_and_opt_out_but_not_by_the_caps_or_reminder_consent()
    {
        var rules = Rules();
        var followUp = Row(OutreachKinds.FollowUp, Local(10, 12), key: "followup:1");
        var capped = new OutreachFacts(null, Reachable: true, SentToday: 5, SentThisWeek: 9);

        Assert.Equal(OutreachDecision.Send, rules.Decide(followUp, capped, Local(10, 12)));
        Assert.Equal(OutreachDecision.Skipped(OutreachReasons.CapDay), rules.Decide(Row(OutreachKinds.Reminder, Local(10, 13)), capped with { Visit = Visit }, Local(10, 13)));
        Assert.Equal(OutreachDecision.Skipped(OutreachReasons.CapWeek), rules.Decide(Row(OutreachKinds.Reminder, Local(10, 13)), Reachable() with { SentThisWeek = 3 }, Local(10, 13)));
        Assert.Equal(OutreachDecision.Deferred(Local(11, 8), OutreachReasons.QuietHours), rules.Decide(followUp, capped, Local(10, 21)));
        Assert.Equal(OutreachDecision.Skipped(OutreachReasons.OptedOut), rules.Decide(followUp, capped with { OptedOut = true }, Local(10, 12)));
        Assert.Equal(OutreachDecision.Skipped(OutreachReasons.NoConsent), rules.Decide(Row(OutreachKinds.Reminder, Local(10, 13)), Reachable(Visit with { RemindersWanted = null }), Local(10, 13)));
    }

    [Fact]
    public void A_cancelled_visit_cancels_an_unreachable_family_skips_and_a_crisis_holds_until_the_visit_starts()
    {
        var rules = Rules();
        var reminder = Row(OutreachKinds.Reminder, Local(10, 13));

        Assert.Equal(OutreachDecision.Cancelled, rules.Decide(reminder, Reachable(Visit with { State = "cancelled" }), Local(10, 13)));
        Assert.Equal(OutreachDecision.Skipped(OutreachReasons.Unreachable), rules.Decide(reminder, new OutreachFacts(Visit, Reachable: false), Local(10, 13)));
        Assert.Equal(OutreachDecision.Deferred(Local(10, 13, 15), OutreachReasons.Crisis), rules.Decide(reminder, Reachable() with { CrisisOpen = true }, Local(10, 13)));
        Assert.Equal(OutreachDecision.Deferred(Local(10, 13, 15), OutreachReasons.Handoff), rules.Decide(reminder, Reachable() with { InHandoff = true, CrisisOpen = true }, Local(10, 13)));
        Assert.Equal(OutreachDecision.Skipped(OutreachReasons.Past), rules.Decide(reminder, Reachable() with { CrisisOpen = true }, Local(10, 14, 46)));
        Assert.Equal(OutreachDecision.Skipped(OutreachReasons.Past), rules.Decide(reminder, Reachable(), Local(10, 15)));
        Assert.Equal(OutreachDecision.Moved(Local(11, 13)), rules.Decide(reminder, Reachable(Visit with { StartsAt = Local(11, 15) }), Local(10, 13)));
    }

    [Fact]
    public void A_missed_visit_message_needs_a_no_show_mark_and_goes_within_a_week()
    {
        var rules = Rules();
        var missed = Row(OutreachKinds.Missed, Local(11, 10), key: "missed:apt-1");
        var noShow = Visit with { Attended = false };

        Assert.Equal(OutreachDecision.Send, rules.Decide(missed, Reachable(noShow), Local(11, 10)));
        Assert.Equal(OutreachDecision.Cancelled, rules.Decide(missed, Reachable(noShow with { Attended = true }), Local(11, 10)));
        Assert.Equal(OutreachDecision.Skipped(OutreachReasons.Past), rules.Decide(missed, Reachable(noShow), Local(17, 15)));
    }

    [Theory]
    [InlineData(null, "2.00:00:00|02:00:00")]
    [InlineData("01:00:00", "01:00:00")]
    public void Configured_offsets_replace_the_defaults(string? offset, string expected)
    {
        var options = Provider(offset is null ? [] : new() { ["Reminders:Offsets:0"] = offset }).GetRequiredService<IOptions<RemindersOptions>>().Value;

        Assert.Equal(expected.Split('|').Select(TimeSpan.Parse), options.Offsets);
    }

    [Theory]
    [InlineData("Reminders:QuietHours", "late")]
    [InlineData("Reminders:QuietHours", "25:00-08:00")]
    [InlineData("Reminders:Offsets:0", "-01:00:00")]
    [InlineData("Reminders:MaxPerDay", "0")]
    [InlineData("Reminders:MaxPerWeek", "0")]
    public void Settings_that_make_no_sense_stop_the_start(string key, string value)
    {
        var services = Provider(new() { [key] = value });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<RemindersOptions>>().Value);
    }

    [Fact]
    public void Empty_quiet_hours_mean_none()
    {
        var options = Provider(new() { ["Reminders:QuietHours"] = string.Empty }).GetRequiredService<IOptions<RemindersOptions>>().Value;

        Assert.Null(options.Quiet);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddOutreach().BuildServiceProvider();
    }
}
