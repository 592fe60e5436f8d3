using System.Net;
using PuenteBot.Channels.Sms;
using PuenteBot.State;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Channels.Sms;

/// <summary>
/// The replies of a turn that runs past the webhook's window, on both databases: written to <c>sms_outbox</c> in the
/// turn's own save and sent once by REST, or, when the window closes while that save commits, in the TwiML answer and
/// never by REST; a failed save still gets them to the family, and a restart sends what was waiting.
/// </summary>
public class SmsLateReplyTests
{
    private const string Family = "+15005550041";
    private const string Reference = "+15005550042";

    private static readonly Dictionary<string, string?> ShortWindow = new() { ["Sms:ReplyWithin"] = "00:00:00.150" };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_slow_turn_is_answered_empty_and_its_replies_go_once_by_rest_from_its_own_save(string provider)
    {
        await using var bench = await Bench.StartAsync(provider);
        var (db, api, instance, staged, expected) = bench;
        staged.LoadDelay = TimeSpan.FromSeconds(1);

        var reply = await instance.Sms(Family).SendAsync("hola");
        await api.WaitForAsync(expected.Count);
        var rows = await SmsOutboxRows.SettledAsync(db);
        await Task.Delay(300, Cancel);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Empty(reply.Messages);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, BodiesTo(api, Family));
        Assert.Equal(expected, rows.Select(r => r.Body));
        Assert.All(rows, row => Assert.Equal((SmsOutboxStates.Sent, 1), (row.State, row.Attempts)));
        Assert.Equal(1, (await instance.Service<IConversationStore>().LoadAsync(rows[0].ConversationId, Cancel)).Version);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_window_that_closes_while_the_save_commits_the_replies_for_the_answer_still_answers_with_them_and_queues_none(string provider)
    {
        await using var bench = await Bench.StartAsync(provider);
        var (db, api, instance, staged, expected) = bench;
        staged.CommitDelay = TimeSpan.FromMilliseconds(600);

        var reply = await instance.Sms(Family).SendAsync("hola");
        await Task.Delay(600, Cancel);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, reply.Messages);
        Assert.Empty(await SmsOutboxRows.ReadAsync(db));
        Assert.Empty(api.Requests);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Turns_ending_at_scattered_moments_around_the_window_each_deliver_their_replies_once_one_way(string provider)
    {
        await using var bench = await Bench.StartAsync(provider);
        var (db, api, instance, staged, expected) = bench;
        staged.LoadJitter = TimeSpan.FromMilliseconds(250);
        staged.CommitDelay = TimeSpan.FromMilliseconds(40);
        var phones = Enumerable.Range(0, 10).Select(i => $"+1500555006{i}").ToList();

        var answers = await Task.WhenAll(phones.Select(phone => instance.Sms(phone).SendAsync("hola")));
        var late = answers.Count(a => a.Messages.Count == 0);
        await api.WaitForAsync(late * expected.Count);
        await SmsOutboxRows.SettledAsync(db);
        await Task.Delay(300, Cancel);

        Assert.NotEmpty(expected);
        Assert.All(phones.Zip(answers), pair => Assert.Equal(expected, [.. pair.Second.Messages, .. BodiesTo(api, pair.First)]));
        Assert.Equal(late * expected.Count, (await SmsOutboxRows.ReadAsync(db)).Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_replies_of_a_slow_turn_whose_save_fails_inside_its_transaction_still_go_once_by_rest(string provider)
    {
        await using var bench = await Bench.StartAsync(provider);
        var (db, api, instance, staged, expected) = bench;
        staged.LoadDelay = TimeSpan.FromMilliseconds(500);
        staged.FailInsideSave = true;

        var reply = await instance.Sms(Family).SendAsync("hola");
        await api.WaitForAsync(expected.Count);
        var rows = await SmsOutboxRows.SettledAsync(db);
        await Task.Delay(300, Cancel);

        var conversationId = await instance.Service<SmsIdentity>().ConversationIdAsync(Family, Cancel);
        Assert.Empty(reply.Messages);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, BodiesTo(api, Family));
        Assert.Equal(expected, rows.Select(r => r.Body));
        Assert.Equal(0, (await instance.Service<IConversationStore>().LoadAsync(conversationId, Cancel)).Version);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task When_neither_the_save_nor_the_outbox_can_be_written_the_replies_go_straight_to_twilio_once(string provider)
    {
        await using var bench = await Bench.StartAsync(provider, unwritableOutbox: true);
        var (db, api, instance, staged, expected) = bench;
        staged.LoadDelay = TimeSpan.FromMilliseconds(500);
        staged.FailInsideSave = true;

        var reply = await instance.Sms(Family).SendAsync("hola");
        await api.WaitForAsync(expected.Count);
        await Task.Delay(500, Cancel);

        Assert.Empty(reply.Messages);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, BodiesTo(api, Family));
        Assert.All(api.Requests, request => Assert.Equal("+15005550001", request.Form["From"]));
        Assert.Empty(await SmsOutboxRows.ReadAsync(db));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Late_replies_waiting_when_the_instance_stops_are_all_sent_once_after_the_restart(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var api = new FakeTwilioApi();
        await using (var stopping = await new SmsInstance(db, api, turns: true, configure: services => SmsInstance.Decorate<IConversationStore>(services, inner => new StagedConversationStore(inner) { LoadDelay = TimeSpan.FromMilliseconds(400) }), sends: false, settings: ShortWindow).StartAsync())
        {
            Assert.Empty((await stopping.Sms(Family).SendAsync("hola")).Messages);
            Assert.Empty((await stopping.Sms(Reference).SendAsync("hola")).Messages);
            await WaitForRowsAsync(db, families: 2);
        }

        var waiting = await SmsOutboxRows.ReadAsync(db);
        Assert.All(waiting, row => Assert.Equal(SmsOutboxStates.Pending, row.State));
        Assert.Empty(api.Requests);
        await using (await new SmsInstance(db, api).StartAsync())
        {
            await api.WaitForAsync(waiting.Count);
            await SmsOutboxRows.SettledAsync(db);
        }

        await using (await new SmsInstance(db, api).StartAsync())
        {
            await Task.Delay(600, Cancel);
        }

        var family = await ConversationIdAsync(db, Family);
        Assert.Equal(waiting.Count, api.Requests.Count);
        Assert.NotEmpty(BodiesTo(api, Family));
        Assert.Equal(waiting.Where(r => r.ConversationId == family).Select(r => r.Body), BodiesTo(api, Family));
        Assert.Equal(BodiesTo(api, Family), BodiesTo(api, Reference));
        Assert.All(await SmsOutboxRows.ReadAsync(db), row => Assert.Equal(SmsOutboxStates.Sent, row.State));
    }

    private static async Task<string> ConversationIdAsync(TestDatabase db, string phone)
    {
        await using var instance = new SmsInstance(db, new FakeTwilioApi());
        return await instance.Service<SmsIdentity>().ConversationIdAsync(phone, Cancel);
    }

    /// <summary>
    /// One instance with turns on a fresh database, its saves staged by <see cref="Store"/>, and what a fast first
    /// "hola" is answered with (another family's, before any staging): the replies each test expects.
    /// </summary>
    private sealed record Bench(TestDatabase Db, FakeTwilioApi Api, SmsInstance Instance, StagedConversationStore Store, IReadOnlyList<string> Expected) : IAsyncDisposable
    {
        public static async Task<Bench> StartAsync(string provider, bool unwritableOutbox = false)
        {
            var db = await TestDatabase.CreateAsync(provider);
            var api = new FakeTwilioApi();
            StagedConversationStore? staged = null;
            var instance = await new SmsInstance(
                db,
                api,
                turns: true,
                configure: services =>
                {
                    SmsInstance.Decorate<IConversationStore>(services, inner => staged = new(inner));
                    if (unwritableOutbox)
                    {
                        SmsInstance.Decorate<ISmsOutbox>(services, inner => new UnwritableSmsOutbox(inner));
                    }
                },
                settings: ShortWindow).StartAsync();
            var expected = (await instance.Sms(Reference).SendAsync("hola")).Messages;
            return new Bench(db, api, instance, staged!, expected);
        }

        public async ValueTask DisposeAsync()
        {
            await Instance.DisposeAsync();
            await Db.DisposeAsync();
        }
    }

    private static List<string> BodiesTo(FakeTwilioApi api, string phone) =>
        [.. api.Requests.Where(r => r.Form["To"] == phone).Select(r => r.Form["Body"])];

    /// <summary>Waits until the turns of <paramref name="families"/> families have saved their replies.</summary>
    private static async Task WaitForRowsAsync(TestDatabase db, int families)
    {
        for (var i = 0; i < 100 && (await SmsOutboxRows.ReadAsync(db)).Select(r => r.ConversationId).Distinct().Count() < families; i++)
        {
            await Task.Delay(50, Cancel);
        }
    }
}
