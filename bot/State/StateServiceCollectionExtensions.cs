using Microsoft.Extensions.Options;
using PuenteBot.State.Postgres;
using PuenteBot.State.Sqlite;

namespace PuenteBot.State;

public static class StateServiceCollectionExtensions
{
    /// <summary>
    /// The conversation store and the write probe of the database <c>Storage:Provider</c> names. The provider is read
    /// from the bound options when a service is first resolved: the web host registers its configuration as a factory,
    /// so it cannot be read while services are being added. Asking for the database of the other provider fails with a
    /// message that says so, rather than writing to a second database.
    /// </summary>
    public static IServiceCollection AddConversationStore(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => Storage(sp).IsPostgres
            ? throw WrongProvider(nameof(SqliteDatabase), StorageOptions.Postgres)
            : ActivatorUtilities.CreateInstance<SqliteDatabase>(sp));
        services.AddSingleton(sp => Storage(sp).IsPostgres
            ? ActivatorUtilities.CreateInstance<PostgresDatabase>(sp)
            : throw WrongProvider(nameof(PostgresDatabase), StorageOptions.Sqlite));
        services.AddByProvider<IConversationStore, SqliteConversationStore, PostgresConversationStore>();
        services.AddByProvider<IDatabaseWriteProbe, SqliteWriteProbe, PostgresWriteProbe>();
        services.AddByProvider<IConversationTurnLock, NoConversationTurnLock, PostgresConversationTurnLock>();
        services.AddByProvider<SqlRunner, SqliteSqlRunner, PostgresSqlRunner>();
        return services;
    }

    /// <summary>Registers <typeparamref name="TService"/> as the SQLite or the PostgreSQL implementation, as <c>Storage:Provider</c> says.</summary>
    public static IServiceCollection AddByProvider<TService, TSqlite, TPostgres>(this IServiceCollection services)
        where TService : class
        where TSqlite : class, TService
        where TPostgres : class, TService
    {
        services.AddSingleton<TService>(sp => Storage(sp).IsPostgres
            ? ActivatorUtilities.CreateInstance<TPostgres>(sp)
            : ActivatorUtilities.CreateInstance<TSqlite>(sp));
        return services;
    }

    private static StorageOptions Storage(IServiceProvider services) => services.GetRequiredService<IOptions<StorageOptions>>().Value;

    private static InvalidOperationException WrongProvider(string database, string provider) =>
        new($"A service asked for {database} while Storage:Provider is '{provider}': that service has no implementation for this provider.");
}
