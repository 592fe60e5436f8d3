using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using PuenteBot.Audit;
using PuenteBot.Escalations;
using PuenteBot.Escalations.Cases;
using PuenteBot.Escalations.Repage;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Escalations;

/// <summary>
/// An urgent escalation nobody acknowledged or claimed is re-paged once, after <c>Escalation:Repage:After</c>, to the
/// on-call clinicians on duty at that clinic hour who speak the family's language (all on duty when none does).
/// </summary>
public class RepageTests
{
    /// <summary>Escalations are raised at 15:00 UTC, 09:00 in Chicago (the default clinic time zone).</summary>
    private static readonly Dictionary<string, string?> OnCall = new()
    {
        ["Clinicians:OnCall:0:Name"] = "Day English",
        ["Clinicians:OnCall:0:Email"] = "day-en@clinic.example",
        ["Clinicians:OnCall:0:Languages:0"] = "en",
        ["Clinicians:OnCall:0:Hours"] = "08:00-17:00",
        ["Clinicians:OnCall:1:Name"] = "Day Spanish",
        ["Clinicians:OnCall:1:Email"] = "day-es@clinic.example",
        ["Clinicians:OnCall:1:Languages:0"] = "es",
        ["Clinicians:OnCall:1:Hours"] = "08:00-17:00",
        ["Clinicians:OnCall:2:Name"] = "Night Spanish",
        ["Clinicians:OnCall:2:Email"] = "night-es@clinic.example",
        ["Clinicians:OnCall:2:Languages:0"] = "es",
        ["Clinicians:OnCall:2:Hours"] = "17:00-08:00",
    };

    [Fact]
    public async Task Not_before_five_minutes_then_once_to_the_Spanish_speaker_on_duty_and_marked_on_the_case()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite");
        var (clock, sent) = (new FakeTimeProvider(SeededEscalations.Start), new List<(string Id, string[] To)>());
        await using var bot = db.Services(services => Fake(services, clock, sent), OnCall);
        await SeededEscalations.AddAsync(bot.Store, "conv-urgent", "urgent", SeededEscalations.Start);
        await SeededEscalations.AddAsync(bot.Store, "conv-routine", "routine", SeededEscalations.Start);
        var repage = bot.Services.GetRequiredService<RepageService>();
        var ct = TestContext.Current.CancellationToken;

        clock.Advance(TimeSpan.FromMinutes(4) + TimeSpan.FromSeconds(59));
        var early = await repage.RunOnceAsync(ct);
        clock.Advance(TimeSpan.FromSeconds(1));
        var due = await repage.RunOnceAsync(ct);
        clock.Advance(TimeSpan.FromMinutes(10));
        var again = await repage.RunOnceAsync(ct);

        Assert.Equal((0, 1, 0), (early, due, again));
        var (id, to) = Assert.Single(sent);
        Assert.Equal(["day-es@clinic.example"], to);
        var row = Assert.Single(await bot.Services.GetRequiredService<ICaseStore>().QueueAsync(new CaseQueueQuery(Urgency: "urgent"), ct));
        Assert.Equal((id, SeededEscalations.Start.AddMinutes(5)), (row.Escalation.Id, row.Case.RepagedAt));
        var audited = await bot.Services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery(Action: AuditActions.Repage), ct);
        Assert.Equal((AuditEntry.System, id, "to:1"), (audited.Items[0].Actor, audited.Items[0].EscalationId, audited.Items[0].Detail));
    }

    [Fact]
    public async Task At_night_with_no_English_speaker_on_duty_everyone_on_duty_is_paged_and_a_claimed_one_is_not()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite");
        var night = SeededEscalations.Start.AddHours(10);
        var (clock, sent) = (new FakeTimeProvider(night), new List<(string Id, string[] To)>());
        await using var bot = db.Services(services => Fake(services, clock, sent), OnCall);
        await PortalAdd(bot, "conv-en", night, "en");
        await PortalAdd(bot, "conv-claimed", night, "es");
        var ct = TestContext.Current.CancellationToken;
        var claimed = (await bot.Services.GetRequiredService<IEscalationStore>().QueueAsync(10, ct)).Single(e => e.ConversationId == "conv-claimed");
        Assert.True(await bot.Services.GetRequiredService<CaseService>().ClaimAsync(claimed.Id, "ana", ct));

        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(1, await bot.Services.GetRequiredService<RepageService>().RunOnceAsync(ct));

        Assert.Equal(["night-es@clinic.example"], Assert.Single(sent).To);
    }

    [Fact]
    public void Hours_over_midnight_and_empty_hours_are_understood_and_bad_hours_are_refused()
    {
        var night = new OnCallClinician { Hours = "20:00-08:00" };
        var always = new OnCallClinician();
        var options = new ClinicianOptions { OnCall = [new OnCallClinician { Hours = "8-5" }] };

        Assert.Equal([true, true, false], new[] { new TimeOnly(23, 0), new TimeOnly(7, 59), new TimeOnly(8, 0) }.Select(night.IsOnDutyAt));
        Assert.True(always.IsOnDutyAt(new TimeOnly(12, 0)));
        Assert.Contains(options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)), r => r.ErrorMessage!.Contains("8-5", StringComparison.Ordinal));
    }

    private static void Fake(IServiceCollection services, FakeTimeProvider clock, List<(string Id, string[] To)> sent)
    {
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        services.Replace(ServiceDescriptor.Singleton<IRepageSender>(new CapturingSender(sent)));
    }

    private static Task PortalAdd(BotServices bot, string conversationId, DateTimeOffset at, string language) =>
        Portal.PortalSite.EscalateAsync(bot.Services, conversationId, "urgent", "suicide", at, language: language);

    private sealed class CapturingSender(List<(string Id, string[] To)> sent) : IRepageSender
    {
        public Task SendAsync(EscalationRecord escalation, IReadOnlyList<OnCallClinician> recipients, CancellationToken cancellationToken)
        {
            lock (sent)
            {
                sent.Add((escalation.Id, [.. recipients.Select(r => r.Email)]));
            }

            return Task.CompletedTask;
        }
    }
}
