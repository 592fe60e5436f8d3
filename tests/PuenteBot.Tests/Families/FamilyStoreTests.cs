using PuenteBot.Families;
using PuenteBot.Tests.Channels.Sms;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Families;

/// <summary>The family store on both databases, two instances sharing one database as two processes would.</summary>
public class FamilyStoreTests
{
    private static readonly DateTimeOffset Enrolled = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_family_reads_back_as_enrolled_on_another_instance(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var one = new SmsInstance(db, new FakeTwilioApi(), turns: true);
        await using var two = new SmsInstance(db, new FakeTwilioApi(), turns: true);
        var family = new FamilyRecord("fam-1", "MRN-0042", "Mateo", "Lucía Pérez", "+15005550042", "es", "sms", "dr.kim", Enrolled);

        await one.Service<IFamilyStore>().CreateAsync(family, Cancel);

        Assert.Equal(family, await two.Service<IFamilyStore>().GetAsync("fam-1", Cancel));
        Assert.Null(await two.Service<IFamilyStore>().GetAsync("fam-2", Cancel));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_conversation_belongs_to_the_family_it_was_last_linked_to(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new SmsInstance(db, new FakeTwilioApi(), turns: true);
        var store = bot.Service<IFamilyStore>();
        await store.CreateAsync(new FamilyRecord("fam-a", "A-1", "Ana", "Rosa", null, "es", "webchat", null, Enrolled), Cancel);
        await store.CreateAsync(new FamilyRecord("fam-b", "B-1", "Ben", "Sam", null, "en", "webchat", null, Enrolled), Cancel);

        await store.LinkAsync("conv-1", "fam-a", Cancel);
        await store.LinkAsync("conv-2", "fam-a", Cancel);
        await store.LinkAsync("conv-2", "fam-a", Cancel);
        await store.LinkAsync("conv-3", "fam-a", Cancel);
        await store.LinkAsync("conv-3", "fam-b", Cancel);

        Assert.Equal("fam-a", (await store.ForConversationAsync("conv-1", Cancel))?.Id);
        Assert.Equal("fam-b", (await store.ForConversationAsync("conv-3", Cancel))?.Id);
        Assert.Null(await store.ForConversationAsync("conv-9", Cancel));
        Assert.Equal(["conv-1", "conv-2"], (await store.ConversationsAsync("fam-a", Cancel)).Order());
        Assert.Equal(["conv-3"], await store.ConversationsAsync("fam-b", Cancel));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_finds_a_record_number_by_its_start_and_names_by_any_part_ignoring_case_and_accents(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new SmsInstance(db, new FakeTwilioApi(), turns: true);
        var store = bot.Service<IFamilyStore>();
        await store.CreateAsync(new FamilyRecord("fam-a", "MRN-100", "Mateo", "Lucía Pérez", null, "es", "webchat", null, Enrolled), Cancel);
        await store.CreateAsync(new FamilyRecord("fam-b", "MRN-200", "Ava", "Sam Lee", null, "en", "webchat", null, Enrolled.AddMinutes(1)), Cancel);
        await store.CreateAsync(new FamilyRecord("fam-c", "X_1%", "Noah", "Kim", null, "en", "webchat", null, Enrolled.AddMinutes(2)), Cancel);

        Assert.Equal(["fam-b", "fam-a"], (await store.SearchAsync("mrn-", 10, Cancel)).Select(f => f.Id));
        Assert.Equal(["fam-a"], (await store.SearchAsync("MRN-1", 10, Cancel)).Select(f => f.Id));
        Assert.Empty(await store.SearchAsync("100", 10, Cancel));
        Assert.Equal(["fam-a"], (await store.SearchAsync("PÉREZ", 10, Cancel)).Select(f => f.Id));
        Assert.Equal(["fam-a"], (await store.SearchAsync("perez", 10, Cancel)).Select(f => f.Id)); // accents ignored both ways
        Assert.Equal(["fam-a"], (await store.SearchAsync("Pérez", 10, Cancel)).Select(f => f.Id));
        Assert.Equal(["fam-a"], (await store.SearchAsync("mate", 10, Cancel)).Select(f => f.Id));
        Assert.Equal(["fam-c"], (await store.SearchAsync("X_1%", 10, Cancel)).Select(f => f.Id));
        Assert.Empty(await store.SearchAsync("X%", 10, Cancel));
        Assert.Empty(await store.SearchAsync("   ", 10, Cancel));
        Assert.Single(await store.SearchAsync("mrn", 1, Cancel));
        Assert.Equal(["fam-c", "fam-b"], (await store.RecentAsync(2, Cancel)).Select(f => f.Id));
    }
}
