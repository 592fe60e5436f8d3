using PuenteBot.State.Sqlite;

namespace PuenteBot.State;

public static class StateServiceCollectionExtensions
{
    public static IServiceCollection AddConversationStore(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<IConversationStore, SqliteConversationStore>();
        services.AddSingleton<SqliteWriteProbe>();
        return services;
    }
}
