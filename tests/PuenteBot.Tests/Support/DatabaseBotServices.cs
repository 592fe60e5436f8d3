using Microsoft.Extensions.DependencyInjection;

namespace PuenteBot.Tests.Support;

/// <summary>
/// The bot's real services (the registration for <c>Storage:Provider</c> included) on a <see cref="TestDatabase"/>;
/// each call stands for one process. On PostgreSQL the spool goes to the test's folder, not the user's data folder.
/// </summary>
public static class DatabaseBotServices
{
    public static BotServices Services(this TestDatabase database, Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(database.Settings);
        if (database.IsPostgres)
        {
            all["Escalation:Spool:Folder"] = Path.Combine(database.Folder, "spool");
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new BotServices(database.ConnectionString, configure: configure, settings: all);
    }
}
