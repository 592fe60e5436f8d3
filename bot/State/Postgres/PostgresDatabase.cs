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
    /// <summary>The scope of an Entra ID token for Azure Database for PostgreSQL.</summary>
    internal const string TokenScope = "https://ossrdbms-aad.database.windows.net/.default";

    private readonly NpgsqlDataSource dataSource;
    private readonly SemaphoreSlim initialization = new(1, 1);
    private volatile bool initialized;

    public PostgresDatabase(IOptions<StorageOptions> options)
        : this(options, EntraIdCredential(options.Value), TimeSpan.FromMinutes(30))
    {
    }

    /// <summary>With <paramref name="credential"/> (Entra ID on) asked for a token every <paramref name="tokenRefresh"/>, every 10 s after a failure.</summary>
    internal PostgresDatabase(IOptions<StorageOptions> options, TokenCredential? credential, TimeSpan tokenRefresh)
    {
        var storage = options.Value;
        if (string.IsNullOrWhiteSpace(storage.ConnectionString))
        {
            throw new InvalidOperationException("Storage:ConnectionString must name the PostgreSQL database when Storage:Provider is 'postgres'.");
        }

        var builder = new NpgsqlDataSourceBuilder(storage.ConnectionString);
        if (credential is not null)
        {
            builder.UsePeriodicPasswordProvider(
                async (_, cancellationToken) => (await credential.GetTokenAsync(new TokenRequestContext([TokenScope]), cancellationToken)).Token,
                successRefreshInterval: tokenRefresh,
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

    /// <summary>With <c>Storage:EntraId</c>: the user-assigned managed identity <c>Storage:EntraIdClientId</c> names, else the default chain.</summary>
    private static TokenCredential? EntraIdCredential(StorageOptions storage) => !storage.EntraId
        ? null
        : string.IsNullOrWhiteSpace(storage.EntraIdClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(storage.EntraIdClientId));

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
