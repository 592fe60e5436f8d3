using PuenteBot.Channels.Sms;
using PuenteBot.State;
using PuenteBot.Tests.Channels.Sms;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Privacy;

/// <summary>
/// A deletion confirmed by SMS whose turn misses <c>Sms:ReplyWithin</c>: its confirmation waits in the outbox, the
/// phone number is kept for that one send, then forgotten with the row, on both databases.
/// </summary>
public class SmsLateErasureTests
{
    private const string Family = "+15005550071";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_late_confirmation_is_sent_once_by_rest_and_then_the_number_is_forgotten(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var api = new FakeTwilioApi();
        StagedConversationStore? staged = null;
        await using var instance = await new SmsInstance(
            db,
            api,
            turns: true,
            configure: services => SmsInstance.Decorate<IConversationStore>(services, inner => staged = new(inner)),
            settings: new Dictionary<string, string?> { ["Sms:ReplyWithin"] = "00:00:00.150" }).StartAsync();
        var sms = instance.Sms(Family);
        await sms.SendAsync("hola");
        var asked = await sms.SendAsync("borrar mis datos");
        var conversationId = await instance.Service<SmsIdentity>().ConversationIdAsync(Family, Cancel);

        staged!.LoadDelay = TimeSpan.FromMilliseconds(600);
        var late = await sms.SendAsync("sí");
        await api.WaitForAsync(1);
        await SmsOutboxRows.SettledAsync(db);
        for (var i = 0; i < 100 && await ErasureRows.CountAsync(instance.Services, "sms_contacts", conversationId) > 0; i++)
        {
            await Task.Delay(50, Cancel);
        }

        await Task.Delay(300, Cancel);

        Assert.StartsWith("¿Borro lo que le contó a PuenteBot", asked.Messages.Single(), StringComparison.Ordinal);
        Assert.Empty(late.Messages);
        var sent = Assert.Single(api.Requests);
        Assert.Equal(Family, sent.Form["To"]);
        Assert.StartsWith("Listo", sent.Form["Body"], StringComparison.Ordinal);
        Assert.Equal(0, await ErasureRows.CountAsync(instance.Services, "sms_contacts", conversationId));
        Assert.Equal(0, await ErasureRows.CountAsync(instance.Services, "sms_outbox", conversationId));
        Assert.Equal(0, await ErasureRows.CountAsync(instance.Services, "sms_settings", ErasedSmsContacts.MarkerPrefix + conversationId, "name"));
        Assert.Equal(0, await ErasureRows.CountAsync(instance.Services, "conversations", conversationId, "id"));
        Assert.Equal(0, await ErasureRows.CountAsync(instance.Services, "conversation_log", conversationId));
    }
}
