using System.Net;
using PuenteBot.Channels.Sms;
using PuenteBot.Protocol;
using PuenteBot.State;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Channels.Sms;

/// <summary>The durable SMS outbox on both databases: restarts, several instances, retries, give-ups, opt-outs and Twilio's status reports.</summary>
public class SmsOutboxTests
{
    private const string PhoneA = "+15005550021";
    private const string PhoneB = "+15005550022";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Messages_waiting_when_an_instance_stops_are_sent_once_by_the_next_one(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var api = new FakeTwilioApi();
        var logs = new CapturingLoggerProvider();
        await using (var stopped = new SmsInstance(db, api))
        {
            var a = await FamilyAsync(stopped, PhoneA);
            var b = await FamilyAsync(stopped, PhoneB);
            await QueueAsync(stopped, a, "1/2 primera parte", "2/2 segunda parte");
            await QueueAsync(stopped, b, "para la otra familia");
            Assert.True(await stopped.Service<SmsSender>().SendProactiveAsync(a, [Activity.Message("Mañana es la cita.")], Cancel));

            // The process died in the middle of a try: that message is due again when its lease ends.
            Assert.NotNull(await stopped.Service<ISmsOutbox>().ClaimNextAsync(DateTimeOffset.UtcNow, TimeSpan.FromSeconds(1), Cancel));
        }

        await using (await new SmsInstance(db, api, logs).StartAsync())
        {
            await api.WaitForAsync(4);
            await Task.Delay(500, Cancel);
        }

        await using (await new SmsInstance(db, api).StartAsync())
        {
            await Task.Delay(600, Cancel);
        }

        var rows = await SmsOutboxRows.ReadAsync(db);
        Assert.Equal(4, api.Requests.Count);
        Assert.Equal(["1/2 primera parte", "2/2 segunda parte", "Mañana es la cita."], BodiesTo(api, PhoneA));
        Assert.Equal(["para la otra familia"], BodiesTo(api, PhoneB));
        Assert.All(rows, row => Assert.Equal(SmsOutboxStates.Sent, row.State));
        Assert.Equal(api.Requests.Select(r => r.Sid).Order(), rows.Select(r => r.TwilioSid).Order());
        Assert.DoesNotContain(logs.Lines, line => line.Contains("500555002", StringComparison.Ordinal) || line.Contains("parte", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_instances_on_one_database_send_each_message_once_and_in_order(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        FakeTwilioApi first = new() { Latency = TimeSpan.FromMilliseconds(15) }, second = new() { Latency = TimeSpan.FromMilliseconds(15) };
        var expected = new Dictionary<string, List<string>>();
        await using (var setup = new SmsInstance(db, first))
        {
            for (var family = 0; family < 6; family++)
            {
                var phone = $"+1500555003{family}";
                var conversationId = await FamilyAsync(setup, phone);
                expected[phone] = [];
                for (var message = 0; message < 4; message++)
                {
                    string[] parts = [$"1/2 mensaje {message} de {family}", $"2/2 mensaje {message} de {family}"];
                    expected[phone].AddRange(parts);
                    await QueueAsync(setup, conversationId, parts);
                }
            }
        }

        await using var one = new SmsInstance(db, first);
        await using var two = new SmsInstance(db, second);
        await Task.WhenAll(one.StartAsync(), two.StartAsync());
        var rows = await SmsOutboxRows.SettledAsync(db);
        await Task.Delay(500, Cancel);

        var sent = first.Requests.Concat(second.Requests).OrderBy(r => r.Received).ToList();
        Assert.Equal(48, sent.Count);
        Assert.Equal(48, sent.Select(r => r.Form["Body"]).Distinct().Count());
        Assert.NotEmpty(first.Requests);
        Assert.NotEmpty(second.Requests);
        Assert.All(expected, family => Assert.Equal(family.Value, sent.Where(r => r.Form["To"] == family.Key).Select(r => r.Form["Body"])));
        Assert.All(rows, row => Assert.Equal(SmsOutboxStates.Sent, row.State));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_failed_send_is_tried_again_after_a_backoff_and_its_next_part_waits_for_it(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var api = new FakeTwilioApi();
        for (var i = 0; i < 4; i++)
        {
            api.Answer(HttpStatusCode.ServiceUnavailable, "{}"); // the first call and the HTTP client's three retries
        }

        await using var instance = await new SmsInstance(db, api).StartAsync();
        await QueueAsync(instance, await FamilyAsync(instance, PhoneA), "1/2 hola", "2/2 adiós");
        await api.WaitForAsync(6);
        var rows = await SmsOutboxRows.SettledAsync(db);
        await Task.Delay(300, Cancel);

        Assert.Equal([.. Enumerable.Repeat("1/2 hola", 5), "2/2 adiós"], api.Requests.Select(r => r.Form["Body"]));
        Assert.Equal((SmsOutboxStates.Sent, 2, null), (rows[0].State, rows[0].Attempts, rows[0].LastError));
        Assert.Equal(api.Requests.ElementAt(4).Sid, rows[0].TwilioSid);
        Assert.Equal((SmsOutboxStates.Sent, 1), (rows[1].State, rows[1].Attempts));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_message_twilio_refuses_for_good_is_given_up_with_the_rest_of_its_reply(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var api = new FakeTwilioApi();
        api.Answer(HttpStatusCode.BadRequest, """{"code":21211,"message":"Invalid 'To' Phone Number","status":400}""");
        await using var instance = await new SmsInstance(db, api).StartAsync();
        var a = await FamilyAsync(instance, PhoneA);

        await QueueAsync(instance, a, "1/3 uno", "2/3 dos", "3/3 tres");
        await QueueAsync(instance, a, "la respuesta siguiente");
        var rows = await SmsOutboxRows.SettledAsync(db);
        await Task.Delay(300, Cancel);

        Assert.Equal(["1/3 uno", "la respuesta siguiente"], api.Requests.Select(r => r.Form["Body"]));
        Assert.Equal(
            [(SmsOutboxStates.DeadLetter, 21211), (SmsOutboxStates.Dropped, null), (SmsOutboxStates.Dropped, null), (SmsOutboxStates.Sent, null)],
            rows.Select(r => (r.State, r.ErrorCode)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_what_the_turn_chose_to_send_goes_to_a_family_who_opted_out_after_it_was_queued(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var api = new FakeTwilioApi();
        await using (var stopped = new SmsInstance(db, api))
        {
            var a = await FamilyAsync(stopped, PhoneA);
            Assert.True(await stopped.Service<SmsSender>().SendProactiveAsync(a, [Activity.Message("Recordatorio de su cita")], Cancel));
            await stopped.Service<ISmsOutbox>().EnqueueAsync(new SmsDelivery(a, ["Ya no recibirá más mensajes de PuenteBot."], DespiteOptOut: true), DateTimeOffset.UtcNow, Cancel);
            await stopped.Service<SmsOptOutRecorder>().MarkOptedOutAsync(a, Cancel);
            Assert.False(await stopped.Service<SmsSender>().SendProactiveAsync(a, [Activity.Message("Otro recordatorio")], Cancel));
        }

        await using (await new SmsInstance(db, api).StartAsync())
        {
            await SmsOutboxRows.SettledAsync(db);
            await Task.Delay(300, Cancel);
        }

        var sent = Assert.Single(api.Requests);
        Assert.Equal("Ya no recibirá más mensajes de PuenteBot.", sent.Form["Body"]);
        Assert.Equal([SmsOutboxStates.OptedOut, SmsOutboxStates.Sent], (await SmsOutboxRows.ReadAsync(db)).Select(r => r.State));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Twilio_answering_21610_records_the_opt_out_and_ends_everything_waiting_for_the_family(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var api = new FakeTwilioApi();
        api.Answer(HttpStatusCode.BadRequest, """{"code":21610,"message":"Attempt to send to unsubscribed recipient","status":400}""");
        await using var instance = new SmsInstance(db, api);
        var a = await FamilyAsync(instance, PhoneA);
        var b = await FamilyAsync(instance, PhoneB);
        await QueueAsync(instance, a, "1/2 x", "2/2 y");
        await QueueAsync(instance, a, "z");
        await QueueAsync(instance, b, "para b");

        await instance.StartAsync();
        var rows = await SmsOutboxRows.SettledAsync(db);
        await Task.Delay(300, Cancel);

        Assert.Equal(["1/2 x"], BodiesTo(api, PhoneA));
        Assert.Equal(["para b"], BodiesTo(api, PhoneB));
        Assert.All(rows.Where(r => r.ConversationId == a), row => Assert.Equal(SmsOutboxStates.OptedOut, row.State));
        Assert.True((await instance.Service<IConversationStore>().LoadAsync(a, Cancel)).Data.OptedOut);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_status_callback_records_twilios_outcome_on_the_message_it_took(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var api = new FakeTwilioApi();
        await using var instance = await new SmsInstance(db, api).StartAsync();
        var a = await FamilyAsync(instance, PhoneA);
        await QueueAsync(instance, a, "uno");
        await QueueAsync(instance, a, "dos");
        var sent = await api.WaitForAsync(2);
        await SmsOutboxRows.SettledAsync(db);
        var sms = instance.Sms(PhoneA);

        var forged = await sms.PostAsync(Report(sent[0].Sid!, "delivered"), "forged", TwilioStatusCallback.Path);
        var delivered = await PostSignedAsync(sms, Report(sent[0].Sid!, "delivered"));
        var late = await PostSignedAsync(sms, Report(sent[0].Sid!, "sent"));
        var undelivered = await PostSignedAsync(sms, Report(sent[1].Sid!, "undelivered", "30003"));
        var unknown = await PostSignedAsync(sms, Report("SM" + new string('9', 32), "delivered"));

        Assert.Equal(HttpStatusCode.Forbidden, forged.Status);
        Assert.All([delivered, late, undelivered, unknown], reply => Assert.Equal(HttpStatusCode.OK, reply.Status));
        Assert.Equal(
            [(SmsOutboxStates.Delivered, null), (SmsOutboxStates.Undelivered, 30003)],
            (await SmsOutboxRows.ReadAsync(db)).Select(r => (r.State, r.ErrorCode)));
    }

    /// <summary>The family at <paramref name="phone"/>, known to the SMS store as the webhook would leave them.</summary>
    private static async Task<string> FamilyAsync(SmsInstance instance, string phone)
    {
        var conversationId = await instance.Service<SmsIdentity>().ConversationIdAsync(phone, Cancel);
        await instance.Service<ISmsStore>().SaveContactAsync(new SmsContact(conversationId, phone, "+15005550001"), Cancel);
        return conversationId;
    }

    private static Task QueueAsync(SmsInstance instance, string conversationId, params string[] parts) =>
        instance.Service<ISmsOutbox>().EnqueueAsync(new SmsDelivery(conversationId, parts), DateTimeOffset.UtcNow, Cancel);

    private static List<string> BodiesTo(FakeTwilioApi api, string phone) =>
        [.. api.Requests.Where(r => r.Form["To"] == phone).Select(r => r.Form["Body"])];

    private static Dictionary<string, string> Report(string messageSid, string status, string? errorCode = null)
    {
        var report = new Dictionary<string, string>
        {
            ["AccountSid"] = FakeTwilioBot.AccountSid,
            ["From"] = "+15005550001",
            ["MessageSid"] = messageSid,
            ["MessageStatus"] = status,
            ["To"] = PhoneA,
        };
        if (errorCode is not null)
        {
            report["ErrorCode"] = errorCode;
        }

        return report;
    }

    private static Task<SmsWebhookClient.Reply> PostSignedAsync(SmsWebhookClient sms, Dictionary<string, string> report) =>
        sms.PostAsync(
            report,
            TwilioSignature.Compute(FakeTwilioBot.AuthToken, FakeTwilioBot.PublicBase + TwilioStatusCallback.Path, report.Select(p => KeyValuePair.Create(p.Key, (IReadOnlyList<string>)[p.Value]))),
            TwilioStatusCallback.Path);
}
