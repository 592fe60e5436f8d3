using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Time.Testing;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.State;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Turns;

/// <summary>What the turn pipeline does during a handoff: the dialogs stay quiet, danger still gets the safety message and an urgent escalation, and an idle handoff ends.</summary>
public class HandoffMiddlewareTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task During_a_handoff_the_dialogs_say_nothing()
    {
        using var folder = new TempFolder();
        await using var bot = await InHandoffAsync(folder, "c-quiet");

        var result = await bot.SayAsync("c-quiet", "ayuda por favor, menú");
        var stored = await bot.Store.LoadAsync("c-quiet", TestContext.Current.CancellationToken);
        var log = await bot.Store.ReadLogAsync("c-quiet", TestContext.Current.CancellationToken);

        Assert.True(result.Saved);
        Assert.Empty(result.Replies);
        Assert.NotNull(stored.Data.Handoff);
        Assert.Equal("ayuda por favor, menú", log[^1].Text);
        Assert.Equal(LogEntry.Inbound, log[^1].Direction);
    }

    [Fact]
    public async Task During_a_handoff_danger_still_gets_the_safety_message_and_an_urgent_escalation()
    {
        using var folder = new TempFolder();
        await using var bot = await InHandoffAsync(folder, "c-danger");

        var result = await bot.SayAsync("c-danger", "quiero matarme");
        var escalations = await EscalationRows.ReadAsync(folder.ConnectionString);

        Assert.Equal([Spanish(bot, "Crisis.Urgent.suicide")], result.Replies.Select(r => r.Text));
        Assert.Equal(Urgency.Urgent, Assert.Single(escalations).Urgency);
    }

    [Fact]
    public async Task A_handoff_left_idle_ends_at_the_familys_next_message_and_PuenteBot_answers()
    {
        using var folder = new TempFolder();
        await using var bot = await InHandoffAsync(folder, "c-idle");
        clock.Advance(TimeSpan.FromMinutes(31));

        var result = await bot.SayAsync("c-idle", "¿hola?");
        var stored = await bot.Store.LoadAsync("c-idle", TestContext.Current.CancellationToken);

        Assert.Equal(Spanish(bot, "Handoff.TimedOut", "Ana Ruiz"), result.Replies[0].Text);
        Assert.Equal(Spanish(bot, "Menu.Prompt"), result.Replies[^1].Text);
        Assert.Null(stored.Data.Handoff);
    }

    [Fact]
    public async Task The_family_channel_is_remembered_without_the_users_name()
    {
        using var folder = new TempFolder();
        await using var bot = Bot(folder);
        var activity = TestActivities.Message("c-ref", "hola", "msteams");
        activity.From!.Name = "Rosa Martínez";

        await bot.SendAsync(activity);
        var stored = await bot.Store.LoadAsync("c-ref", TestContext.Current.CancellationToken);
        var reference = PuenteBot.Proactive.FamilyReference.Read(stored.Data);

        Assert.Equal("msteams", reference!.ChannelId);
        Assert.Equal("http://127.0.0.1:9/", reference.ServiceUrl);
        Assert.Equal("user-1", reference.User!.Id);
        Assert.Null(reference.User.Name);
        Assert.DoesNotContain("Rosa", stored.Data.Values.ToJsonString(), StringComparison.Ordinal);
    }

    private BotServices Bot(TempFolder folder) => new(folder.ConnectionString, configure: services => services.AddSingleton<TimeProvider>(clock));

    private static string Spanish(BotServices bot, string key, params object[] arguments) =>
        bot.Services.GetRequiredService<IStringLocalizer<Strings>>().For("es", key, arguments);

    /// <summary>A Spanish conversation at the menu, with a clinician in it.</summary>
    private async Task<BotServices> InHandoffAsync(TempFolder folder, string conversationId)
    {
        var bot = Bot(folder);
        await bot.SayAsync(conversationId, "hola");
        await bot.SayAsync(conversationId, "sí");
        var stored = await bot.Store.LoadAsync(conversationId, TestContext.Current.CancellationToken);
        stored.Data.Handoff = new HandoffState { ClinicianName = "Ana Ruiz", ClinicianUser = "ana", Since = clock.GetUtcNow(), LastClinicianActivityAt = clock.GetUtcNow() };
        var write = new ConversationWrite(conversationId, "test", stored.Version, stored.Data, [], [], clock.GetUtcNow());
        Assert.True(await bot.Store.TrySaveAsync(write, TestContext.Current.CancellationToken));
        return bot;
    }
}
