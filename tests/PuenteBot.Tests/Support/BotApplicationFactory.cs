using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PuenteBot.Tests.Support;

/// <summary>
/// The real bot in memory, on its own SQLite file in a temporary folder that is deleted afterwards.
/// Extra settings (configuration keys such as <c>Clinic:Name</c>) can be passed in.
/// </summary>
public sealed class BotApplicationFactory(IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    private readonly string folder = Directory.CreateTempSubdirectory("puentebot-test-").FullName;

    public string DatabasePath => Path.Combine(folder, "puentebot.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:Provider", "sqlite");
        builder.UseSetting("Storage:ConnectionString", $"Data Source={DatabasePath}");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS is left for the temp folder's own clean-up.
        }
    }
}
