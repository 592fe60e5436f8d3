using System.Net;
using Microsoft.Extensions.Options;

namespace PuenteBot.Channels.BotFramework;

/// <summary>
/// The service URLs replies may go to. The bot's token is good for every channel, so it is only sent to
/// hosts on this list: the configured <c>BotFramework:AllowedServiceUrls</c>, plus loopback addresses when no
/// app id is set (the Emulator and local tests listen on localhost).
/// </summary>
public sealed class ServiceUrlAllowList
{
    private readonly (string Scheme, string Host, bool Subdomains)[] entries;
    private readonly bool allowLoopback;

    public ServiceUrlAllowList(IOptions<BotFrameworkOptions> options, IOptions<BotAppCredentials> credentials)
    {
        entries = [.. options.Value.AllowedServiceUrls.Select(Parse)];
        allowLoopback = !credentials.Value.IsAuthenticationEnabled;
    }

    /// <summary>The absolute URL, or null when it is malformed or not allowed.</summary>
    public Uri? Check(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        if (allowLoopback && IsLoopback(uri))
        {
            return uri;
        }

        return IsListed(uri) ? uri : null;
    }

    /// <summary>
    /// Whether the URL points at this machine and is not on the configured list: replies could go there only because
    /// no app id is set, which is for the Emulator on the same machine, never for a caller on another one.
    /// </summary>
    public bool IsLoopbackOnly(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && IsLoopback(uri) && !IsListed(uri);

    private bool IsListed(Uri uri) => entries.Any(entry => Matches(entry, uri));

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)));

    private static bool Matches((string Scheme, string Host, bool Subdomains) entry, Uri uri) =>
        string.Equals(entry.Scheme, uri.Scheme, StringComparison.OrdinalIgnoreCase)
        && (entry.Subdomains
            ? uri.Host.EndsWith("." + entry.Host, StringComparison.OrdinalIgnoreCase)
            : string.Equals(entry.Host, uri.Host, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether an allow-list entry has the form <c>scheme://host</c> or <c>scheme://*.domain</c>.</summary>
    public static bool IsWellFormed(string entry)
    {
        var separator = entry.IndexOf("://", StringComparison.Ordinal);
        return separator > 0 && entry.Length > separator + 3 && !entry[(separator + 3)..].TrimEnd('/').Contains('/');
    }

    private static (string Scheme, string Host, bool Subdomains) Parse(string entry)
    {
        if (!IsWellFormed(entry))
        {
            throw new InvalidOperationException(BotFrameworkOptions.AllowListProblem);
        }

        var separator = entry.IndexOf("://", StringComparison.Ordinal);
        var host = entry[(separator + 3)..].TrimEnd('/');
        var subdomains = host.StartsWith("*.", StringComparison.Ordinal);
        return (entry[..separator], subdomains ? host[2..] : host, subdomains);
    }
}
