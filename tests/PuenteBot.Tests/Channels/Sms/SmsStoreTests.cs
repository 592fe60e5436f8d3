using System.Globalization;
using System.Net;
using PuenteBot.Channels.Sms;
using PuenteBot.Tests.State;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Channels.Sms;

/// <summary>The SMS store on both databases, with two instances sharing one database as two processes would.</summary>
public class SmsStoreTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_message_sid_is_taken_once_across_instances_until_released(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var one = new SmsInstance(db, new FakeTwilioApi());
        await using var two = new SmsInstance(db, new FakeTwilioApi());
        var sid = SmsWebhookClient.NewMessageSid();

        var first = await one.Service<ISmsStore>().TryClaimMessageAsync(sid, "sms-a", Cancel);
        var again = await two.Service<ISmsStore>().TryClaimMessageAsync(sid, "sms-a", Cancel);
        await two.Service<ISmsStore>().ReleaseMessageAsync(sid, Cancel);
        var afterRelease = await one.Service<ISmsStore>().TryClaimMessageAsync(sid, "sms-a", Cancel);

        Assert.Equal((true, false, true), (first, again, afterRelease));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_contact_is_kept_once_per_conversation_and_updated_in_place(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var one = new SmsInstance(db, new FakeTwilioApi());
        await using var two = new SmsInstance(db, new FakeTwilioApi());

        await one.Service<ISmsStore>().SaveContactAsync(new SmsContact("sms-a", "+15005550041", null), Cancel);
        await two.Service<ISmsStore>().SaveContactAsync(new SmsContact("sms-a", "+15005550041", "+15005550002"), Cancel);

        Assert.Equal(new SmsContact("sms-a", "+15005550041", "+15005550002"), await one.Service<ISmsStore>().FindContactAsync("sms-a", Cancel));
        Assert.Null(await one.Service<ISmsStore>().FindContactAsync("sms-b", Cancel));
        Assert.Equal(1L, await StoredRows.CountAsync(db, "sms_contacts"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_instance_hashes_a_phone_with_the_salt_the_first_one_made(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var one = new SmsInstance(db, new FakeTwilioApi());
        await using var two = new SmsInstance(db, new FakeTwilioApi());

        var ids = await Task.WhenAll(
            one.Service<SmsIdentity>().ConversationIdAsync("+15005550042", Cancel),
            two.Service<SmsIdentity>().ConversationIdAsync("+15005550042", Cancel));
        var kept = await two.Service<ISmsStore>().GetOrAddSettingAsync("phone_hash_salt", () => "another", Cancel);

        Assert.Equal(ids[0], ids[1]);
        Assert.StartsWith(SmsIdentity.Prefix, ids[0], StringComparison.Ordinal);
        Assert.NotEqual("another", kept);
        Assert.Equal(1L, await StoredRows.CountAsync(db, "sms_settings"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_message_twilio_delivers_to_two_instances_is_processed_once(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var one = await new SmsInstance(db, new FakeTwilioApi(), turns: true).StartAsync();
        await using var two = await new SmsInstance(db, new FakeTwilioApi(), turns: true).StartAsync();
        var sid = SmsWebhookClient.NewMessageSid();

        var first = await one.Sms().SendAsync("hola", sid);
        var again = await two.Sms().SendAsync("hola", sid);

        Assert.NotEmpty(first.Messages);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Empty(again.Messages);
        await using var connection = await StoredRows.OpenAsync(db);
        await using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) FROM conversation_log WHERE direction = 'in' AND activity_id = '{sid}'";
        Assert.Equal(1L, Convert.ToInt64(await count.ExecuteScalarAsync(Cancel), CultureInfo.InvariantCulture));
    }
}
