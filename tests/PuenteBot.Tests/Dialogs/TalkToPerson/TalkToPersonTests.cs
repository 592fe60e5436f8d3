using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PuenteBot.Dialogs.Clinic;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Dialogs.TalkToPerson;

/// <summary>The talk-to-a-person flow through the real pipeline, with the clinic's facts configured or not.</summary>
public class TalkToPersonTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Configured_hours_and_phone_are_what_the_caregiver_is_told_and_the_escalation_carries_the_call_back()
    {
        using var folder = new TempFolder();
        await using var bot = Bot(folder, clinic => (clinic.Hours, clinic.Phone) = ("Mon–Fri 8–5", "555-0100"));

        var done = await AskForAPersonAsync(bot, "mañana después de las 5", "videollamada");

        Assert.Contains(done, t => t.EndsWith("El equipo atiende Mon–Fri 8–5. Si los necesita antes, llame al 555-0100.", StringComparison.Ordinal));
        Assert.Contains(done, t => t.Contains("988", StringComparison.Ordinal) && t.Contains("911", StringComparison.Ordinal));
        var row = Assert.Single(await EscalationRows.ReadAsync(folder.ConnectionString));
        Assert.Equal(("routine", "talk_to_clinician"), (row.Urgency, row.Reason));
        var callBack = JsonNode.Parse(row.Summary)!["notes"]!["callBack"]!;
        Assert.Equal("mañana después de las 5", (string?)callBack["when"]);
        Assert.Equal("2026-12-02T17:00:00-06:00/2026-12-02T23:59:59-06:00", (string?)callBack["resolved"]);
        Assert.Equal("video", (string?)callBack["way"]);
    }

    [Fact]
    public async Task Without_clinic_facts_the_caregiver_is_told_to_call_the_clinic_and_no_hours_are_made_up()
    {
        using var folder = new TempFolder();
        await using var bot = Bot(folder, _ => { });

        var done = await AskForAPersonAsync(bot, "cuando sea", "1");

        Assert.Contains(done, t => t.EndsWith("Si los necesita antes, llame a la clínica.", StringComparison.Ordinal));
        Assert.DoesNotContain(done, t => t.Contains("atiende", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_clinic_without_video_visits_is_not_offered_a_video_call()
    {
        using var folder = new TempFolder();
        await using var bot = Bot(folder, clinic => clinic.VideoVisits = "false");
        await bot.SayAsync("c", "hi");
        await bot.SayAsync("c", "yes");
        await bot.SayAsync("c", "talk to a person");

        var way = await bot.SayAsync("c", "friday at 4pm");

        var titles = way.Replies[^1].SuggestedActions!.Actions!.Select(a => a.Title);
        Assert.Equal(["Phone call", "Text message", "Email"], titles);
    }

    private static BotServices Bot(TempFolder folder, Action<ClinicOptions> clinic) =>
        new(folder.ConnectionString, configure: services =>
        {
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
            services.Configure(clinic);
        });

    /// <summary>Welcome, consent, "hablar con una persona", the time, the way and yes to the readback; the texts of the last turn.</summary>
    private static async Task<List<string>> AskForAPersonAsync(BotServices bot, string when, string way)
    {
        await bot.SayAsync("c", "hola");
        await bot.SayAsync("c", "si");
        await bot.SayAsync("c", "quiero hablar con una persona");
        await bot.SayAsync("c", when);
        await bot.SayAsync("c", way);
        var done = await bot.SayAsync("c", "sí");
        return [.. done.Replies.Select(r => r.Text ?? string.Empty)];
    }
}
