using System.Data.Common;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Npgsql;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Tests.Support;
using static PuenteBot.Tests.State.ContractWrites;

namespace PuenteBot.Tests.State;

/// <summary>
/// What every <see cref="PuenteBot.State.IConversationStore"/> does with a turn's escalations and their updates, on
/// SQLite and on PostgreSQL with the same expectations.
/// </summary>
public class ConversationStoreEscalationContractTests
{
    /// <summary>The store writes the escalation (the outbox record); the outbox adds one delivery per configured notifier when it claims it.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_escalation_saved_with_a_turn_is_stored_whole_and_pending_for_the_outbox(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var subject = new StoreUnderTest(db);
        var ct = TestContext.Current.CancellationToken;
        var escalation = Escalation();

        Assert.True(await subject.Store.TrySaveAsync(Write("c", 0, "es") with { Escalations = [escalation, escalation], Now = Now }, ct));
        Assert.True(await subject.Store.TrySaveAsync(Write("c", 1, "es") with { Escalations = [escalation], Now = Now.AddMinutes(1) }, ct));

        var row = Assert.Single(await StoredRows.EscalationsAsync(db));
        Assert.Equal(new StoredRows.Escalation(escalation.Id, "c", Urgency.Urgent, "danger", row.Summary, "pending", Now), row);
        Assert.True(JsonNode.DeepEquals(escalation.Summary, row.Summary), row.Summary.ToJsonString());
        Assert.Empty(await StoredRows.DeliveriesAsync(db, escalation.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_escalation_update_is_added_to_its_summary_and_re_arms_its_deliveries_under_a_new_key(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var subject = new StoreUnderTest(db);
        var store = subject.Store;
        var ct = TestContext.Current.CancellationToken;
        var escalation = Escalation();
        Assert.True(await store.TrySaveAsync(Write("c", 0, "es") with { Escalations = [escalation], Now = Now }, ct));
        await StoredRows.DeliveredAsync(db, escalation.Id, "email", "webhook");

        var first = new EscalationUpdate(escalation.Id, new JsonObject { ["quote"] = "sigue encerrado" });
        var second = new EscalationUpdate(escalation.Id, new JsonObject { ["quote"] = "ya abrió la puerta" });
        Assert.True(await store.TrySaveAsync(Write("c", 1, "es") with { EscalationUpdates = [first], Now = Now.AddMinutes(3) }, ct));
        Assert.True(await store.TrySaveAsync(Write("c", 2, "es") with { EscalationUpdates = [second], Now = Now.AddMinutes(7) }, ct));

        var row = Assert.Single(await StoredRows.EscalationsAsync(db));
        Assert.Equal("pending", row.State);
        Assert.Equal("no puedo más", (string?)row.Summary["quote"]);
        var expectedUpdates = new JsonArray(
            new JsonObject { ["quote"] = "sigue encerrado", ["at"] = "2026-12-04T18:33:00.0000000Z" },
            new JsonObject { ["quote"] = "ya abrió la puerta", ["at"] = "2026-12-04T18:37:00.0000000Z" });
        Assert.True(JsonNode.DeepEquals(expectedUpdates, row.Summary["updates"]), row.Summary.ToJsonString());
        Assert.Equal(
            [
                new StoredRows.Delivery("email", "pending", 0, Now.AddMinutes(7), null, null, $"{escalation.Id}:email:update2"),
                new StoredRows.Delivery("webhook", "pending", 0, Now.AddMinutes(7), null, null, $"{escalation.Id}:webhook:update2"),
            ],
            await StoredRows.DeliveriesAsync(db, escalation.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_update_of_an_acknowledged_escalation_is_kept_and_leaves_it_acknowledged(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var subject = new StoreUnderTest(db);
        var ct = TestContext.Current.CancellationToken;
        var escalation = Escalation();
        Assert.True(await subject.Store.TrySaveAsync(Write("c", 0, "es") with { Escalations = [escalation], Now = Now }, ct));
        await StoredRows.DeliveredAsync(db, escalation.Id, "teams");
        await StoredRows.ExecuteAsync(db, "UPDATE escalations SET state = 'acknowledged', acknowledged_by = 'dra.ruiz' WHERE id = @id", ("id", escalation.Id));

        var update = new EscalationUpdate(escalation.Id, new JsonObject { ["quote"] = "gracias" });
        Assert.True(await subject.Store.TrySaveAsync(Write("c", 1, "es") with { EscalationUpdates = [update], Now = Now.AddMinutes(1) }, ct));

        var row = Assert.Single(await StoredRows.EscalationsAsync(db));
        Assert.Equal("acknowledged", row.State);
        Assert.Equal("gracias", (string?)row.Summary["updates"]![0]!["quote"]);
        Assert.Equal($"{escalation.Id}:teams:update1", Assert.Single(await StoredRows.DeliveriesAsync(db, escalation.Id)).IdempotencyKey);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_save_carrying_an_escalation_gives_up_within_the_urgent_timeout_while_another_process_holds_the_row(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var subject = new StoreUnderTest(db, options => options.UrgentWriteTimeout = TimeSpan.FromSeconds(1));
        var ct = TestContext.Current.CancellationToken;
        Assert.True(await subject.Store.TrySaveAsync(Write("c", 0, "es"), ct));
        await using var other = await StoredRows.OpenAsync(db);
        await using var held = await HoldAsync(other, db);

        var started = Stopwatch.GetTimestamp();
        var failure = await Record.ExceptionAsync(() => subject.Store.TrySaveAsync(Write("c", 1, "en") with { Escalations = [Escalation()] }, ct));

        Assert.True(failure is DbException or TimeoutException, failure?.GetType().Name ?? "the save did not fail");
        Assert.InRange(Stopwatch.GetElapsedTime(started), TimeSpan.Zero, TimeSpan.FromSeconds(10));
        await held.RollbackAsync(ct);
        Assert.Equal(1, (await subject.Store.LoadAsync("c", ct)).Version);
        Assert.Empty(await StoredRows.EscalationsAsync(db));
    }

    /// <summary>Another process in the middle of a write: SQLite's write lock, or a PostgreSQL row lock on conversation <c>c</c>.</summary>
    private static async Task<DbTransaction> HoldAsync(DbConnection connection, TestDatabase db)
    {
        var ct = TestContext.Current.CancellationToken;
        if (!db.IsPostgres)
        {
            return ((SqliteConnection)connection).BeginTransaction(deferred: false);
        }

        var transaction = await connection.BeginTransactionAsync(ct);
        await using var command = new NpgsqlCommand("SELECT 1 FROM conversations WHERE id = 'c' FOR UPDATE", (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        await command.ExecuteNonQueryAsync(ct);
        return transaction;
    }
}
