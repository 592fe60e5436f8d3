using Microsoft.Data.Sqlite;
using Npgsql;
using PuenteBot.Portal.SignIn;
using PuenteBot.State.Postgres;
using PuenteBot.State.Sqlite;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Portal;

/// <summary>The revocation store on SQLite and PostgreSQL: sessions and "sign out everywhere" are found, matched exactly, and pruned once expired.</summary>
public class PortalRevocationsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);

    /// <summary>The store of the test database's provider, on its own connection pool.</summary>
    public static IPortalRevocations Store(TestDatabase database) => database.IsPostgres
        ? new PortalRevocations(new PostgresSqlRunner(new PostgresDatabase(database.Options())))
        : new PortalRevocations(new SqliteSqlRunner(new SqliteDatabase(database.Options())));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_revoked_session_is_found_and_another_session_is_not(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = Store(database);
        var ct = TestContext.Current.CancellationToken;

        await store.RevokeSessionAsync("s1", Now, Now.AddHours(8), ct);

        Assert.True(await store.IsRevokedAsync("s1", "ana", Now.AddHours(-1), ct));
        Assert.False(await store.IsRevokedAsync("s2", "ana", Now.AddHours(-1), ct));
        Assert.False(await store.IsRevokedAsync("S1", "ana", Now.AddHours(-1), ct)); // session ids match exactly
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Sign_out_everywhere_ends_sessions_issued_until_then_and_only_the_users(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = Store(database);
        var ct = TestContext.Current.CancellationToken;

        await store.RevokeAllAsync("ana", Now, Now.AddHours(8), ct);
        await store.RevokeAllAsync("ana", Now.AddMinutes(-5), Now.AddHours(8), ct); // an older time from a slower clock does not move it back

        Assert.True(await store.IsRevokedAsync("s1", "ana", Now.AddMinutes(-1), ct));
        Assert.True(await store.IsRevokedAsync("s2", "ana", Now, ct));
        Assert.False(await store.IsRevokedAsync("s3", "ana", Now.AddSeconds(1), ct));
        Assert.False(await store.IsRevokedAsync("s4", "luis", Now.AddMinutes(-1), ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_write_prunes_the_revocations_that_have_expired(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = Store(database);
        var ct = TestContext.Current.CancellationToken;
        await store.RevokeSessionAsync("old", Now, Now.AddHours(8), ct);
        await store.RevokeAllAsync("ana", Now, Now.AddHours(8), ct);

        await store.RevokeSessionAsync("new", Now.AddHours(9), Now.AddHours(17), ct);

        Assert.Equal(["session:new"], await RowsAsync(database));
        Assert.True(await store.IsRevokedAsync("new", "ana", Now, ct));
    }

    private static async Task<List<string>> RowsAsync(TestDatabase database)
    {
        const string Sql = "SELECT kind || ':' || key FROM portal_revocations ORDER BY kind, key";
        var rows = new List<string>();
        if (database.IsPostgres)
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new NpgsqlCommand(Sql, connection);
            await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                rows.Add(reader.GetString(0));
            }
        }
        else
        {
            await using var connection = new SqliteConnection(database.ConnectionString);
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = Sql;
            await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                rows.Add(reader.GetString(0));
            }
        }

        return rows;
    }
}
