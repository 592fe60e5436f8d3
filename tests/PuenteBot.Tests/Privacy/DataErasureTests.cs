using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Escalations;
using PuenteBot.Escalations.Summaries;
using PuenteBot.Families;
using PuenteBot.State;
using PuenteBot.Tests.Channels.DirectLine;
using PuenteBot.Tests.Channels.Sms;
using PuenteBot.Tests.Support;
using PuenteBot.Visits.Appointments;

namespace PuenteBot.Tests.Privacy;

public class DataErasureTests
{
    private const string Marker = "palabras-marcadas-41";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_confirmed_request_deletes_state_and_log_and_leaves_the_escalation_listed_without_the_familys_words(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = db.Services();
        var escalationId = await SeedAsync(bot.Store, "conv-erase");

        var asked = await bot.SayAsync("conv-erase", "delete my data");
        var done = await bot.SayAsync("conv-erase", "yes");

        Assert.Contains("delete", asked.Replies.Single().Text, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("Done.", done.Replies.Single().Text, StringComparison.Ordinal);
        Assert.Equal(0, await ErasureRows.CountAsync(bot.Services, "conversations", "conv-erase", "id"));
        Assert.Equal(0, await ErasureRows.CountAsync(bot.Services, "conversation_log", "conv-erase"));
        var escalation = await bot.Services.GetRequiredService<IEscalationStore>().GetAsync(escalationId, TestContext.Current.CancellationToken);
        Assert.NotNull(escalation);
        Assert.Equal(Urgency.Urgent, escalation.Urgency);
        Assert.Equal("suicide", escalation.Reason);
        Assert.DoesNotContain(Marker, escalation.Summary.ToJsonString(), StringComparison.Ordinal);
        var listed = await bot.Services.GetRequiredService<IEscalationStore>().ForConversationAsync("conv-erase", 10, TestContext.Current.CancellationToken);
        Assert.Single(listed);
        var text = bot.Services.GetRequiredService<EscalationSummaries>().Build(escalation, []).ToText();
        Assert.Contains("Deleted at the family's request", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_confirmed_request_deletes_the_familys_visits_and_planned_messages_and_no_other_familys(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = db.Services();
        var families = bot.Services.GetRequiredService<IFamilyStore>();
        var visits = bot.Services.GetRequiredService<IAppointmentStore>();
        var now = DateTimeOffset.UtcNow;
        await families.CreateAsync(new FamilyRecord("fam-e", "MRN-E", "Leo", "Rosa", null, "es", "webchat", null, now), TestContext.Current.CancellationToken);
        await families.CreateAsync(new FamilyRecord("fam-o", "MRN-O", "Ava", "Sam", null, "en", "webchat", null, now), TestContext.Current.CancellationToken);
        await families.LinkAsync("conv-visits", "fam-e", TestContext.Current.CancellationToken);
        foreach (var (id, family) in new[] { ("apt-e1", "fam-e"), ("apt-e2", "fam-e"), ("apt-o", "fam-o") })
        {
            await visits.CreateAsync(new AppointmentRecord(id, family, now.AddDays(2), null, AppointmentKinds.Phone, AppointmentStates.Scheduled, null, null, null, now, now), TestContext.Current.CancellationToken);
        }

        await ErasureRows.AddFollowUpAsync(bot.Services, "fam-e", Marker);
        await ErasureRows.AddFollowUpAsync(bot.Services, "fam-o", "kept");

        await bot.SayAsync("conv-visits", "delete my data");
        await bot.SayAsync("conv-visits", "yes");

        Assert.Equal(0, await ErasureRows.CountAsync(bot.Services, "appointments", "fam-e", "family_id"));
        Assert.Equal(0, await ErasureRows.CountAsync(bot.Services, "outreach", "fam-e", "family_id"));
        Assert.NotNull(await visits.GetAsync("apt-o", TestContext.Current.CancellationToken));
        Assert.Equal(1, await ErasureRows.CountAsync(bot.Services, "outreach", "fam-o", "family_id"));
        Assert.NotNull(await families.GetAsync("fam-e", TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("conversationUpdate")]
    [InlineData("typing")]
    [InlineData("event")]
    public async Task An_activity_that_is_not_a_message_between_the_question_and_the_yes_does_not_cancel_it(string type)
    {
        await using var db = await TestDatabase.CreateAsync(StorageOptions.Sqlite);
        await using var bot = db.Services();
        await SeedAsync(bot.Store, "conv-between");

        await bot.SayAsync("conv-between", "borrar mis datos");
        await bot.SendAsync(TestActivities.Create(type, "conv-between"));
        var done = await bot.SayAsync("conv-between", "sí");

        Assert.StartsWith("Listo.", done.Replies.Last().Text, StringComparison.Ordinal);
        Assert.Equal(0, await ErasureRows.CountAsync(bot.Services, "conversation_log", "conv-between"));
    }

    [Fact]
    public async Task A_no_keeps_everything_and_another_message_is_heard_as_usual()
    {
        await using var db = await TestDatabase.CreateAsync(StorageOptions.Sqlite);
        await using var bot = db.Services();
        var escalationId = await SeedAsync(bot.Store, "conv-keep");

        await bot.SayAsync("conv-keep", "borrar mis datos");
        var kept = await bot.SayAsync("conv-keep", "no");
        await bot.SayAsync("conv-keep", "borra mis datos");
        var movedOn = await bot.SayAsync("conv-keep", "¿a qué hora abren?");
        var afterwards = await bot.SayAsync("conv-keep", "sí");

        Assert.Equal("Está bien, no borré nada.", kept.Replies.Single().Text);
        Assert.NotEmpty(movedOn.Replies);
        Assert.DoesNotContain(afterwards.Replies, r => r.Text?.StartsWith("Listo", StringComparison.Ordinal) == true);
        Assert.True(await ErasureRows.CountAsync(bot.Services, "conversation_log", "conv-keep") >= 10);
        var escalation = await bot.Services.GetRequiredService<IEscalationStore>().GetAsync(escalationId, TestContext.Current.CancellationToken);
        Assert.Contains(Marker, escalation!.Summary.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Words_of_danger_with_the_request_get_the_safety_message_and_delete_nothing()
    {
        await using var db = await TestDatabase.CreateAsync(StorageOptions.Sqlite);
        await using var bot = db.Services();
        await bot.SayAsync("conv-danger", "hello");

        var danger = await bot.SayAsync("conv-danger", "delete my data, I want to kill myself");
        var yes = await bot.SayAsync("conv-danger", "yes");

        Assert.Contains(danger.Replies, r => r.Text?.Contains("988", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(yes.Replies, r => r.Text?.StartsWith("Done.", StringComparison.Ordinal) == true);
        Assert.Equal(1, await ErasureRows.CountAsync(bot.Services, "conversations", "conv-danger", "id"));
        Assert.NotEmpty(await bot.Services.GetRequiredService<IEscalationStore>().ForConversationAsync("conv-danger", 10, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_family_who_said_stop_stays_stopped_after_the_deletion()
    {
        await using var db = await TestDatabase.CreateAsync(StorageOptions.Sqlite);
        await using var bot = db.Services();
        await bot.SayAsync("sms-stopped", "hello", "sms");
        await bot.SayAsync("sms-stopped", "STOP", "sms");

        await bot.SayAsync("sms-stopped", "delete my data", "sms");
        var done = await bot.SayAsync("sms-stopped", "yes, delete it", "sms");
        var stored = await bot.Store.LoadAsync("sms-stopped", TestContext.Current.CancellationToken);

        Assert.StartsWith("Done", done.Replies.Single().Text, StringComparison.Ordinal);
        Assert.True(stored.Data.OptedOut);
        Assert.Empty(await bot.Store.ReadLogAsync("sms-stopped", TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("hello", "delete my data", "YES", "Done")]
    [InlineData("hola", "borrar mis datos", "SÍ", "Listo")]
    public async Task A_bare_yes_from_a_family_who_said_stop_deletes_and_does_not_opt_them_back_in(string hello, string request, string yes, string done)
    {
        await using var db = await TestDatabase.CreateAsync(StorageOptions.Sqlite);
        await using var bot = db.Services();
        await bot.SayAsync("sms-stopped-yes", hello + " " + Marker, "sms");
        await bot.SayAsync("sms-stopped-yes", "STOP", "sms");

        await bot.SayAsync("sms-stopped-yes", request, "sms");
        var confirmed = await bot.SayAsync("sms-stopped-yes", yes, "sms");
        var stored = await bot.Store.LoadAsync("sms-stopped-yes", TestContext.Current.CancellationToken);

        Assert.StartsWith(done, confirmed.Replies.Single().Text, StringComparison.Ordinal);
        Assert.True(stored.Data.OptedOut);
        Assert.Empty(await bot.Store.ReadLogAsync("sms-stopped-yes", TestContext.Current.CancellationToken));
        Assert.Equal(1, await ErasureRows.CountAsync(bot.Services, "conversations", "sms-stopped-yes", "id"));
        Assert.DoesNotContain(Marker, (await bot.Store.LoadAsync("sms-stopped-yes", TestContext.Current.CancellationToken)).Data.Values.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bare_yes_from_a_family_who_said_stop_with_no_deletion_asked_still_opts_them_back_in()
    {
        await using var db = await TestDatabase.CreateAsync(StorageOptions.Sqlite);
        await using var bot = db.Services();
        await bot.SayAsync("sms-stopped-start", "hello", "sms");
        await bot.SayAsync("sms-stopped-start", "STOP", "sms");

        await bot.SayAsync("sms-stopped-start", "YES", "sms");

        Assert.False((await bot.Store.LoadAsync("sms-stopped-start", TestContext.Current.CancellationToken)).Data.OptedOut);
        Assert.NotEmpty(await bot.Store.ReadLogAsync("sms-stopped-start", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task On_sms_the_request_in_spanish_deletes_the_phone_number_state_and_log()
    {
        await using var bot = new FakeTwilioBot();
        var sms = bot.Sms("+15005550123");

        await sms.SendAsync("hola");
        var asked = await sms.SendAsync("borrar mis datos");
        var conversationId = await bot.Service<PuenteBot.Channels.Sms.SmsIdentity>().ConversationIdAsync("+15005550123", TestContext.Current.CancellationToken);
        Assert.Equal(1, await ErasureRows.CountAsync(bot.App.Services, "sms_contacts", conversationId));
        var done = await sms.SendAsync("sí");

        Assert.StartsWith("¿Borro lo que le contó a PuenteBot", asked.Messages.Single(), StringComparison.Ordinal);
        Assert.StartsWith("Listo", done.Messages.Single(), StringComparison.Ordinal);
        Assert.Equal(0, await ErasureRows.CountAsync(bot.App.Services, "sms_contacts", conversationId));
        Assert.Equal(0, await ErasureRows.CountAsync(bot.App.Services, "conversations", conversationId, "id"));
        Assert.Equal(0, await ErasureRows.CountAsync(bot.App.Services, "conversation_log", conversationId));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task On_web_chat_the_direct_line_history_goes_and_the_chat_still_hears_the_confirmation(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new DirectLineInstance(db);
        var (conversation, token) = await bot.Api.GenerateAsync();

        (await bot.Api.PostMessageAsync(conversation, token, "my son " + Marker, "c1")).Dispose();
        (await bot.Api.PostMessageAsync(conversation, token, "delete everything you know about me", "c2")).Dispose();
        Assert.True(await ErasureRows.CountAsync(bot.Services, "directline_activities", conversation) >= 4);
        (await bot.Api.PostMessageAsync(conversation, token, "yes", "c3")).Dispose();
        using var polled = await bot.Api.GetActivitiesAsync(conversation, token);
        var body = await polled.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var texts = JsonDocument.Parse(body).RootElement.GetProperty("activities").EnumerateArray()
            .Select(a => a.TryGetProperty("text", out var t) ? t.GetString() : null).ToList();

        Assert.DoesNotContain(Marker, body, StringComparison.Ordinal);
        Assert.Contains(texts, t => t?.StartsWith("Done.", StringComparison.Ordinal) == true);
        Assert.Equal(0, await ErasureRows.CountAsync(bot.Services, "conversation_log", conversation));
        Assert.Equal(0, await ErasureRows.CountAsync(bot.Services, "conversations", conversation, "id"));
    }

    private static async Task<string> SeedAsync(IConversationStore store, string conversationId)
    {
        var now = DateTimeOffset.UtcNow;
        var escalation = new EscalationRequest(Urgency.Urgent, "suicide", new JsonObject
        {
            ["reason"] = "suicide",
            ["channel"] = "test",
            ["language"] = "en",
            ["quote"] = Marker,
            ["excerpt"] = new JsonArray(new JsonObject { ["at"] = now, ["from"] = "family", ["text"] = Marker }),
            ["notes"] = new JsonObject { ["caregiverName"] = Marker },
            ["updates"] = new JsonArray(new JsonObject { ["at"] = now, ["kind"] = "suicide", ["quote"] = Marker }),
        });
        var log = new List<LogEntry> { new(LogEntry.Inbound, "a0", "message", Marker, now) };
        Assert.True(await store.TrySaveAsync(new ConversationWrite(conversationId, "test", 0, new ConversationData(), log, [escalation], now), TestContext.Current.CancellationToken));
        return escalation.Id;
    }
}
