using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace PuenteBot.Hosting.Logging;

/// <summary>
/// Keeps credentials carried in a URL's query out of every log. The Direct Line stream URL carries its token as
/// <c>?t=</c> (a browser's WebSocket cannot send a header), and ASP.NET Core's own request lines
/// (<c>Microsoft.AspNetCore.Hosting.Diagnostics</c>, Information; and anything else under <c>Microsoft.*</c> that
/// prints a URL) would write it out: the bot's logger factory hands those categories a logger that replaces the
/// value of <c>t</c>, <c>token</c> and <c>access_token</c> with <see cref="Mask"/> in the message and in each state value.
/// </summary>
public static partial class LogRedaction
{
    public const string Mask = "REDACTED";

    /// <summary>Makes the application's <see cref="ILoggerFactory"/> the redacting one (call after logging is set up).</summary>
    public static IServiceCollection AddLogRedaction(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(provider => new RedactingLoggerFactory(new LoggerFactory(
            provider.GetServices<ILoggerProvider>(),
            provider.GetRequiredService<IOptionsMonitor<LoggerFilterOptions>>(),
            provider.GetService<IOptions<LoggerFactoryOptions>>(),
            provider.GetService<IExternalScopeProvider>()))));
        return services;
    }

    /// <summary>The text with every query credential's value masked; the same instance when there was none.</summary>
    public static string Redact(string text) =>
        text.Contains("t=", StringComparison.Ordinal) || text.Contains("token=", StringComparison.OrdinalIgnoreCase)
            ? QueryCredential().Replace(text, Mask)
            : text;

    [GeneratedRegex(@"(?<=[?&](?:t|token|access_token)=)[^&#\s""'<>]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QueryCredential();
}
