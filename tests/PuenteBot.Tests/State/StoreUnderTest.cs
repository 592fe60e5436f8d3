using PuenteBot.State;
using PuenteBot.State.Postgres;
using PuenteBot.State.Sqlite;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.State;

/// <summary>
/// The conversation store and write probe of one provider over a <see cref="TestDatabase"/>, as a process would build
/// them; a second one over the same database stands for a restarted (or another) process.
/// </summary>
public sealed class StoreUnderTest : IAsyncDisposable
{
    private readonly PostgresDatabase? postgres;

    public StoreUnderTest(TestDatabase database, Action<StorageOptions>? configure = null)
    {
        var options = database.Options(configure);
        if (database.IsPostgres)
        {
            postgres = new PostgresDatabase(options);
            Store = new PostgresConversationStore(postgres, options);
            Probe = new PostgresWriteProbe(postgres, TimeProvider.System);
        }
        else
        {
            var sqlite = new SqliteDatabase(options);
            Store = new SqliteConversationStore(sqlite, options);
            Probe = new SqliteWriteProbe(sqlite, TimeProvider.System);
        }
    }

    public IConversationStore Store { get; }

    public IDatabaseWriteProbe Probe { get; }

    public ValueTask DisposeAsync() => postgres?.DisposeAsync() ?? ValueTask.CompletedTask;
}
