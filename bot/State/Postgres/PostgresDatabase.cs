using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Npgsql;

namespace PuenteBot.State.Postgres;

/// <summary>
/// The PostgreSQL database (<c>Storage:Provider=postgres</c>): one pooled <see cref="NpgsqlDataSource"/> over
/// <c>Storage:ConnectionString</c>, the schema brought up to date once per process before first use. With
/// <c>Storage:EntraId=true</c> the password is an Entra ID token (Azure Database for PostgreSQL with a managed
/// identity; <c>Storage:EntraIdClientId</c> names a user-assigned one), renewed before it expires.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private const string TokenScope = "https://ossrdbms-aad.database.windows.net/.default";

    private readonly NpgsqlDataSource dataSource;
    private readonly SemaphoreSlim initialization = new(1, 1);
    private volatile bool initialized;

    public PostgresDatabase(IOptions<StorageOptions> options)
    {
        var storage = options.Value;
        if (string.IsNullOrWhiteSpace(storage.ConnectionString))
        {
            throw new InvalidOperationException("Storage:ConnectionString must name the PostgreSQL database when Storage:Provider is 'postgres'.");
        }

        var builder = new NpgsqlDataSourceBuilder(storage.ConnectionString);
        if (storage.EntraId)
        {
            TokenCredential credential = string.IsNullOrWhiteSpace(storage.EntraIdClientId)
                ? new DefaultAzureCredential()
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(storage.EntraIdClientId));
            builder.UsePeriodicPasswordProvider(
                async (_, cancellationToken) => (await credential.GetTokenAsync(new TokenRequestContext([TokenScope]), cancellationToken)).Token,
                successRefreshInterval: TimeSpan.FromMinutes(30),
                failureRefreshInterval: TimeSpan.FromSeconds(10));
        }

        dataSource = builder.Build();
    }

    /// <summary>The database's name (for logs and health: never the credentials).</summary>
    public string DatabaseName => new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).Database ?? string.Empty;

    /// <summary>An open pooled connection; dispose it to return it to the pool.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!initialized)
        {
            await InitializeAsync(cancellationToken);
        }

        return await dataSource.OpenConnectionAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await initialization.WaitAsync(cancellationToken);
        try
        {
            if (initialized)
            {
                return;
            }

            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await PostgresSchema.MigrateAsync(connection, cancellationToken);
            initialized = true;
        }
        finally
        {
            initialization.Release();
        }
    }
}
