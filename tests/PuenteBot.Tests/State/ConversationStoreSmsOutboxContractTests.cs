using System.Data.Common;
using PuenteBot.Channels.Sms;
using PuenteBot.Tests.Channels.Sms;
using PuenteBot.Tests.Support;
using static PuenteBot.Tests.State.ContractWrites;

namespace PuenteBot.Tests.State;

/// <summary>
/// A turn's late SMS replies (<see cref="PuenteBot.State.ConversationWrite.LateSms"/>) on SQLite and PostgreSQL alike:
/// the <c>sms_outbox</c> rows exist if and only if the state saved.
/// </summary>
public class ConversationStoreSmsOutboxContractTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Late_replies_commit_with_the_state_as_pending_rows_in_order(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var subject = new StoreUnderTest(db);

        Assert.True(await subject.Store.TrySaveAsync(Write("c", 0, "es") with { LateSms = () => new SmsDelivery("c", ["1/2 uno", "2/2 dos"], DespiteOptOut: true) }, Cancel));
        Assert.True(await subject.Store.TrySaveAsync(Write("c", 1, "es") with { LateSms = () => null }, Cancel));

        Assert.Equal(2, (await subject.Store.LoadAsync("c", Cancel)).Version);
        var rows = await SmsOutboxRows.ReadAsync(db);
        Assert.Equal([("c", 1, "1/2 uno", "pending", 0), ("c", 2, "2/2 dos", "pending", 0)], rows.Select(r => (r.ConversationId, r.Part, r.Body, r.State, r.Attempts)));
        Assert.Equal(2, await StoredRows.CountAsync(db, "sms_outbox WHERE despite_opt_out"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_failure_inside_the_save_transaction_writes_neither_the_state_nor_the_rows(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var subject = new StoreUnderTest(db);
        Assert.True(await subject.Store.TrySaveAsync(Write("c", 0, "en"), Cancel));
        await RefuseSecondPartsAsync(db);

        // The database refuses the second part: after the state, the log and the first part were written.
        var broken = await Record.ExceptionAsync(() => subject.Store.TrySaveAsync(
            Write("c", 1, "es", new PuenteBot.State.LogEntry("in", "m1", "message", "hola", Now)) with { LateSms = () => new SmsDelivery("c", ["1/2 uno", "2/2 dos"]) },
            Cancel));
        var thrown = await Record.ExceptionAsync(() => subject.Store.TrySaveAsync(
            Write("c", 1, "es") with { LateSms = () => throw new TimeoutException("asked, then failed") },
            Cancel));

        Assert.IsAssignableFrom<DbException>(broken);
        Assert.IsType<TimeoutException>(thrown);
        var stored = await subject.Store.LoadAsync("c", Cancel);
        Assert.Equal((1, "en"), (stored.Version, stored.Data.Language));
        Assert.Empty(await subject.Store.ReadLogAsync("c", Cancel));
        Assert.Empty(await SmsOutboxRows.ReadAsync(db));
    }

    /// <summary>A trigger that makes the database refuse any second part of a message, as a full disk or a lost connection would mid-save.</summary>
    private static Task RefuseSecondPartsAsync(TestDatabase db) => StoredRows.ExecuteAsync(db, db.IsPostgres
        ? """
          CREATE FUNCTION refuse_part() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$;
          CREATE TRIGGER refuse_second_part BEFORE INSERT ON sms_outbox FOR EACH ROW WHEN (NEW.part = 2) EXECUTE FUNCTION refuse_part();
          """
        : "CREATE TRIGGER refuse_second_part BEFORE INSERT ON sms_outbox WHEN NEW.part = 2 BEGIN SELECT RAISE(ABORT, 'refused'); END;");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_save_that_lost_the_version_race_writes_no_rows(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var subject = new StoreUnderTest(db);
        Assert.True(await subject.Store.TrySaveAsync(Write("c", 0, "en"), Cancel));
        Assert.True(await subject.Store.TrySaveAsync(Write("c", 1, "en"), Cancel));

        Assert.False(await subject.Store.TrySaveAsync(Write("c", 1, "es") with { LateSms = () => new SmsDelivery("c", ["uno"]) }, Cancel));
        Assert.False(await subject.Store.TrySaveAsync(Write("c", 0, "es") with { LateSms = () => new SmsDelivery("c", ["dos"]) }, Cancel));

        Assert.Equal(2, (await subject.Store.LoadAsync("c", Cancel)).Version);
        Assert.Empty(await SmsOutboxRows.ReadAsync(db));
    }
}
