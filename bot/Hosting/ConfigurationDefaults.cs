using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace PuenteBot.Hosting;

public static class ConfigurationDefaults
{
    /// <summary>
    /// Adds the root appsettings.json that the build copies next to the program as the lowest-priority source,
    /// so the bot finds its settings whatever the working directory; environment variables and the command line
    /// still override it.
    /// </summary>
    public static IConfigurationBuilder AddPuenteBotDefaults(this IConfigurationBuilder configuration)
    {
        var source = new JsonConfigurationSource
        {
            Path = "appsettings.json",
            Optional = true,
            ReloadOnChange = false,
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
        };
        if (configuration.Sources is IList<IConfigurationSource> sources)
        {
            sources.Insert(0, source);
        }

        return configuration;
    }
}
