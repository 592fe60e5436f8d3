using Azure.Core;
using Moq;
using Npgsql;
using PuenteBot.State;
using PuenteBot.State.Postgres;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.State;

/// <summary>
/// <c>Storage:EntraId</c>: the PostgreSQL data source signs in with a token from the credential, asked for Azure
/// Database for PostgreSQL's scope, and asks again when the refresh interval has passed. The test server takes the
/// token a mocked credential hands out (its password) in place of the password the connection string leaves out.
/// </summary>
public class PostgresEntraIdTests
{
    [Fact]
    public async Task The_data_source_signs_in_with_a_token_for_the_postgres_scope_and_refreshes_it()
    {
        await using var db = await TestDatabase.CreateAsync(StorageOptions.Postgres);
        var ct = TestContext.Current.CancellationToken;
        var server = new NpgsqlConnectionStringBuilder(db.ConnectionString);
        var password = server.Password!;
        server.Password = null;
        var scopes = new List<string[]>();
        var credential = new Mock<TokenCredential>(MockBehavior.Strict);
        credential
            .Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
            .Callback((TokenRequestContext context, CancellationToken _) => { lock (scopes) { scopes.Add(context.Scopes); } })
            .ReturnsAsync(new AccessToken(password, DateTimeOffset.UtcNow.AddHours(1)));
        var options = db.Options(o => { o.ConnectionString = server.ConnectionString; o.EntraId = true; });

        await using var database = new PostgresDatabase(options, credential.Object, tokenRefresh: TimeSpan.FromMilliseconds(200));
        await using (var first = await database.OpenAsync(ct))
        {
            Assert.Equal(System.Data.ConnectionState.Open, first.State);
        }

        var asked = Count(scopes);
        await Task.Delay(TimeSpan.FromMilliseconds(700), ct);
        await using (var later = await database.OpenAsync(ct))
        {
            Assert.Equal(System.Data.ConnectionState.Open, later.State);
        }

        Assert.InRange(asked, 1, 2);
        Assert.True(Count(scopes) > asked, $"the token was asked for {Count(scopes)} times, no more after the refresh interval");
        string[][] seen;
        lock (scopes)
        {
            seen = [.. scopes]; // the data source's refresh may still be adding to the list
        }

        Assert.All(seen, scope => Assert.Equal(["https://ossrdbms-aad.database.windows.net/.default"], scope));
    }

    [Fact]
    public async Task A_token_the_server_does_not_take_fails_the_sign_in()
    {
        await using var db = await TestDatabase.CreateAsync(StorageOptions.Postgres);
        var server = new NpgsqlConnectionStringBuilder(db.ConnectionString) { Password = null };
        var credential = new Mock<TokenCredential>();
        credential
            .Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AccessToken("not-the-password", DateTimeOffset.UtcNow.AddHours(1)));
        var options = db.Options(o => { o.ConnectionString = server.ConnectionString; o.EntraId = true; });

        await using var database = new PostgresDatabase(options, credential.Object, tokenRefresh: TimeSpan.FromMinutes(30));

        await Assert.ThrowsAsync<PostgresException>(() => database.OpenAsync(TestContext.Current.CancellationToken));
    }

    private static int Count(List<string[]> scopes)
    {
        lock (scopes)
        {
            return scopes.Count;
        }
    }
}
