using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using PuenteBot.Channels.Sms;
using PuenteBot.Escalations;
using PuenteBot.Families;
using PuenteBot.Portal.Handoff;
using PuenteBot.State;
using PuenteBot.Tests.Channels.Sms;
using PuenteBot.Tests.Escalations;
using PuenteBot.Tests.Portal;
using PuenteBot.Visits.Outreach;

namespace PuenteBot.Tests.Visits;

/// <summary>
/// Outreach through the whole bot and the local Twilio fake: a reminder reaches an enrolled family's phone through the
/// durable outbox, a 21610 status callback on the real <c>/api/sms/twilio/status</c> route stops the next one, and a
/// clinician's follow-up from a case reaches the phone with their words (refused with 409 during a live handoff).
/// The worker's passes are run by the test (its own timer waits an hour); quiet hours are off so the test runs at any hour.
/// </summary>
public class OutreachSmsTests
{
    private const string Phone = "+15005550088";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_reminder_reaches_the_familys_phone_and_none_goes_after_a_21610_status_callback()
    {
        await using var bot = Bot();
        var (familyId, conversationId) = await EnrolAsync(bot);
        var seed = Seed(bot);
        await seed.RemindersAsync(familyId, true);
        await seed.AppointmentAsync("apt-1", familyId, DateTimeOffset.UtcNow.AddHours(2).AddMinutes(-1));

        var before = await DrainedAsync(bot);
        await bot.Service<OutreachWorker>().RunOnceAsync(Cancel);
        var afterReminder = await DrainedAsync(bot);
        var reminder = bot.Api.Requests.ToList()[before];
        var sent = Assert.Single(await bot.Service<IOutreachStore>().ForFamilyAsync(familyId, Cancel));

        Assert.True(afterReminder > before);
        Assert.Equal(Phone, reminder.Form["To"]);
        Assert.Equal((OutreachStates.Sent, conversationId, "sms", "es"), (sent.State, sent.ConversationId, sent.Channel, sent.Language));

        var report = new Dictionary<string, string>
        {
            ["AccountSid"] = FakeTwilioBot.AccountSid,
            ["ErrorCode"] = "21610",
            ["From"] = "+15005550001",
            ["MessageSid"] = reminder.Sid ?? SmsWebhookClient.NewMessageSid(),
            ["MessageStatus"] = "undelivered",
            ["To"] = Phone,
        };
        var signature = TwilioSignature.Compute(FakeTwilioBot.AuthToken, FakeTwilioBot.PublicBase + "/api/sms/twilio/status", report.Select(p => KeyValuePair.Create(p.Key, (IReadOnlyList<string>)[p.Value])));
        Assert.Equal(HttpStatusCode.OK, (await bot.Sms(Phone).PostAsync(report, signature, "/api/sms/twilio/status")).Status);
        await seed.AppointmentAsync("apt-2", familyId, DateTimeOffset.UtcNow.AddHours(2).AddMinutes(-1));

        await bot.Service<OutreachWorker>().RunOnceAsync(Cancel);

        var second = Assert.Single(await bot.Service<IOutreachStore>().ForFamilyAsync(familyId, Cancel), r => r.AppointmentId == "apt-2");
        Assert.Equal((OutreachStates.Skipped, OutreachReasons.OptedOut), (second.State, second.Reason));
        Assert.Equal(afterReminder, await DrainedAsync(bot));
    }

    [Fact]
    public async Task A_clinicians_follow_up_from_a_case_reaches_the_familys_phone_and_is_refused_during_a_live_handoff()
    {
        await using var bot = Bot();
        var (familyId, conversationId) = await EnrolAsync(bot);
        await bot.Sms(Phone).SendAsync("ya no quiero vivir, quiero matarme");
        var escalation = Assert.Single(await bot.Service<IEscalationStore>().QueueAsync(10, Cancel));
        await bot.Service<ConversationEditor>().EditAsync(conversationId, (context, _) =>
        {
            context.Conversation.DialogStack.Clear(); // the crisis episode is over: the clinic called the family
            return Task.FromResult(true);
        }, Cancel);
        using var clinician = new PortalClient(bot.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        using var signIn = await clinician.SignInAsync();
        var page = $"/portal/escalations/{escalation.Id}";
        var words = "Hola, soy Ana. ¿Pudieron probar el plan para las mañanas?";

        using var posted = await clinician.SubmitAsync(page, page + "/followup", new() { ["text"] = words });
        var before = await DrainedAsync(bot);
        await bot.Service<OutreachWorker>().RunOnceAsync(Cancel);
        await DrainedAsync(bot);
        var received = bot.Api.Requests.Skip(before).ToList();
        var row = Assert.Single(await bot.Service<IOutreachStore>().FollowUpsAsync(escalation.Id, Cancel));
        var (_, shown) = await clinician.GetAsync(page);

        Assert.Equal($"{page}?notice=FollowUpQueued", posted.Headers.Location!.OriginalString);
        Assert.All(received, r => Assert.Equal(Phone, r.Form["To"]));
        Assert.Contains("¿Pudieron probar el plan para las mañanas?", Reassembled(received), StringComparison.Ordinal);
        Assert.Equal((OutreachStates.Sent, familyId, "Ana Ruiz", words), (row.State, row.FamilyId, row.Author, row.Body));
        Assert.Contains("data-state=\"sent\"", shown, StringComparison.Ordinal);
        Assert.Contains(words, WebUtility.HtmlDecode(shown), StringComparison.Ordinal);

        using var join = await clinician.SubmitAsync(page, page + "/join");
        var (_, live) = await clinician.GetAsync(page);
        using var refused = await clinician.PostAsync(page + "/followup", new() { ["text"] = "¿Sigue ahí?", ["__RequestVerificationToken"] = PortalClient.TokenIn(live) });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.DoesNotContain(page + "/followup\"", live, StringComparison.Ordinal);
        Assert.Single(await bot.Service<IOutreachStore>().FollowUpsAsync(escalation.Id, Cancel));
    }

    /// <summary>Waits until the SMS outbox has nothing left to send; how many messages the Twilio fake received by then.</summary>
    private static async Task<int> DrainedAsync(FakeTwilioBot bot)
    {
        var outbox = bot.Service<ISmsOutbox>();
        for (var tries = 0; tries < 200 && await outbox.NextDueAtAsync(Cancel) is not null; tries++)
        {
            await Task.Delay(50, Cancel);
        }

        return bot.Api.Requests.Count;
    }

    /// <summary>A message's SMS parts as the family reads them: their "1/2 " counters taken off, put back together.</summary>
    private static string Reassembled(IEnumerable<FakeTwilioApi.Captured> parts) =>
        string.Join(" ", parts.Select(p => System.Text.RegularExpressions.Regex.Replace(p.Form["Body"], @"^\d+/\d+ ", string.Empty)));

    private static FakeTwilioBot Bot()
    {
        var settings = PortalSite.Settings();
        settings["Clinicians:ApiKeys:0"] = EscalationSettings.ApiKey;
        settings["Clinic:Name"] = "Clínica Sol";
        settings["Hosting:PublicBaseUrl"] = FakeTwilioBot.PublicBase;
        settings["Reminders:QuietHours"] = string.Empty;
        settings["Reminders:PollInterval"] = "01:00:00";
        settings["Reminders:MaxPerDay"] = "5";
        settings["Reminders:MaxPerWeek"] = "10";
        return new FakeTwilioBot(settings);
    }

    private static OutreachSeed Seed(FakeTwilioBot bot) => new(StorageOptions.Sqlite, $"Data Source={bot.DatabasePath}", bot.Service<IFamilyStore>());

    /// <summary>A Spanish-speaking SMS family enrolled through the API (their first SMS sent); their id and conversation.</summary>
    private static async Task<(string FamilyId, string ConversationId)> EnrolAsync(FakeTwilioBot bot)
    {
        var client = bot.App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", EscalationSettings.ApiKey);
        var response = await client.PostAsJsonAsync("/api/families", new
        {
            mrn = "MRN-8800", childFirstName = "Mateo", caregiverName = "Lucía Pérez", phone = Phone, language = "es", channel = "sms",
        }, Cancel);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetString()!;
        await bot.Api.WaitForAsync(1);
        return (id, await bot.Service<SmsIdentity>().ConversationIdAsync(Phone, Cancel));
    }
}
