using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Audit;
using PuenteBot.Escalations;
using PuenteBot.Families;
using PuenteBot.Portal.Handoff;
using PuenteBot.Tests.Channels.DirectLine;
using PuenteBot.Tests.Portal;
using PuenteBot.Tests.Support;
using PuenteBot.Visits.Outreach;

namespace PuenteBot.Tests.Visits;

/// <summary>
/// Outreach to a web-chat family over the embedded Direct Line on a loopback port: a clinician's follow-up written on
/// the case page and a reminder both reach the open chat, on both databases. The test runs the worker's passes;
/// quiet hours are off so it runs at any hour.
/// </summary>
public class OutreachWebChatTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_follow_up_from_the_case_and_a_reminder_reach_the_web_chat(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new KestrelBot(DirectLineInstance.Settings(db, new Dictionary<string, string?>
        {
            ["Reminders:QuietHours"] = string.Empty,
            ["Reminders:PollInterval"] = "01:00:00",
        }));
        using var family = new HttpClient { BaseAddress = new Uri(bot.BaseUrl) };
        using var clinician = new PortalClient(PortalClient.Loopback(bot.BaseUrl));
        var chat = await FamilyChat.StartAsync(family);
        await chat.SayAsync("hola");
        await chat.SayAsync("sí");
        await chat.SayAsync("ya no quiero vivir, quiero matarme");
        var families = bot.Services.GetRequiredService<IFamilyStore>();
        await families.CreateAsync(new FamilyRecord("fam-web", "MRN-77", "Ava", "Sam Lee", null, "es", "webchat", null, DateTimeOffset.UtcNow), Cancel);
        await families.LinkAsync(chat.ConversationId, "fam-web", Cancel);
        await bot.Services.GetRequiredService<ConversationEditor>().EditAsync(chat.ConversationId, (context, _) =>
        {
            context.Conversation.DialogStack.Clear(); // the crisis episode is over: the clinic called the family
            return Task.FromResult(true);
        }, Cancel);
        await chat.ReceivedAsync();
        var escalation = Assert.Single(await bot.Services.GetRequiredService<IEscalationStore>().QueueAsync(10, Cancel));
        var page = $"/portal/escalations/{escalation.Id}";
        var worker = bot.Services.GetRequiredService<OutreachWorker>();

        using var signIn = await clinician.SignInAsync();
        using var posted = await clinician.SubmitAsync(page, page + "/followup", new() { ["text"] = "Hola, soy Ana. Mañana le llamo a las 10." });
        await worker.RunOnceAsync(Cancel);
        var followUp = await chat.ReceivedAsync();

        Assert.Equal($"{page}?notice=FollowUpQueued", posted.Headers.Location!.OriginalString);
        Assert.Contains(FamilyChat.Texts(followUp), t => t?.Contains("Hola, soy Ana. Mañana le llamo a las 10.", StringComparison.Ordinal) == true);
        var sent = Assert.Single(await bot.Services.GetRequiredService<IOutreachStore>().FollowUpsAsync(escalation.Id, Cancel));
        Assert.Equal((OutreachStates.Sent, chat.ConversationId, "directline"), (sent.State, sent.ConversationId, sent.Channel));

        var seed = new OutreachSeed(db.Provider, db.ConnectionString, families);
        await seed.RemindersAsync("fam-web", true);
        await seed.AppointmentAsync("apt-web", "fam-web", DateTimeOffset.UtcNow.AddHours(2).AddMinutes(-1));
        await worker.RunOnceAsync(Cancel);
        var reminder = await chat.ReceivedAsync();

        Assert.NotEmpty(reminder);
        var row = Assert.Single(await bot.Services.GetRequiredService<IOutreachStore>().ForFamilyAsync("fam-web", Cancel), r => r.Kind == OutreachKinds.Reminder);
        Assert.Equal((OutreachStates.Sent, "directline", "es"), (row.State, row.Channel, row.Language));
        var audited = Assert.Single((await bot.Services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery(escalation.Id, Action: AuditActions.FollowUp), Cancel)).Items);
        Assert.Equal((PortalClient.User, "fam-web", $"outreach {sent.Id}"), (audited.Actor, audited.FamilyId, audited.Detail));
    }
}
