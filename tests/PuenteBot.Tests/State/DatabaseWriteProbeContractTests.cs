using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.State;

/// <summary>What every <see cref="PuenteBot.State.IDatabaseWriteProbe"/> does (readiness relies on it), on SQLite and on PostgreSQL.</summary>
public class DatabaseWriteProbeContractTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(1);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_probe_commits_a_row_and_keeps_only_the_latest(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var subject = new StoreUnderTest(db);

        Assert.Null(await subject.Probe.ProbeAsync(Wait, TestContext.Current.CancellationToken));
        Assert.Null(await subject.Probe.ProbeAsync(Wait, TestContext.Current.CancellationToken));

        Assert.Equal(1, await StoredRows.CountAsync(db, "health_probe"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_probe_reports_not_writable_within_its_wait_while_another_process_holds_the_lock(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var subject = new StoreUnderTest(db);
        var ct = TestContext.Current.CancellationToken;
        Assert.Null(await subject.Probe.ProbeAsync(Wait, ct));
        await using var other = await StoredRows.OpenAsync(db);
        await using var held = db.IsPostgres ? await other.BeginTransactionAsync(ct) : ((SqliteConnection)other).BeginTransaction(deferred: false);
        if (db.IsPostgres)
        {
            await using var command = new NpgsqlCommand("LOCK TABLE health_probe IN EXCLUSIVE MODE", (NpgsqlConnection)other, (NpgsqlTransaction)held);
            await command.ExecuteNonQueryAsync(ct);
        }

        var started = Stopwatch.GetTimestamp();
        var error = await subject.Probe.ProbeAsync(Wait, ct);

        Assert.Equal(db.IsPostgres ? "PostgreSQL error 55P03" : "SQLite error 5", error);
        Assert.InRange(Stopwatch.GetElapsedTime(started), TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_probe_of_a_database_that_cannot_be_opened_says_what_stopped_it(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var subject = new StoreUnderTest(db, options => options.ConnectionString = ConversationStoreContractTests.Unreachable(db));

        var error = await subject.Probe.ProbeAsync(Wait, TestContext.Current.CancellationToken);

        Assert.Equal(db.IsPostgres ? "PostgreSQL error 3D000" : "SQLite error 14", error);
    }
}
