using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace PuenteBot.Channels.BotFramework;

/// <summary>
/// One OpenID metadata document and its signing keys, cached and refreshed by the identity library's
/// <see cref="ConfigurationManager{T}"/>: fetched again after <c>SigningKeysRefreshInterval</c>, or sooner when a
/// token names a key the cache does not have. HTTPS is required unless the document is on this machine (tests).
/// </summary>
public sealed class SigningKeySource
{
    public SigningKeySource(string metadataUrl, HttpClient httpClient, TimeSpan refreshInterval)
    {
        var retriever = new HttpDocumentRetriever(httpClient) { RequireHttps = !new Uri(metadataUrl).IsLoopback };
        Manager = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = refreshInterval,
        };
    }

    public ConfigurationManager<OpenIdConnectConfiguration> Manager { get; }

    /// <summary>The channel ids a key is endorsed for (the <c>endorsements</c> array Bot Framework adds to its keys).</summary>
    public async Task<IReadOnlyCollection<string>> EndorsementsAsync(string? keyId, CancellationToken cancellationToken)
    {
        var configuration = await Manager.GetConfigurationAsync(cancellationToken);
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(candidate => candidate.Kid == keyId);
        return key is not null && key.AdditionalData.TryGetValue("endorsements", out var value) ? Endorsements.Read(value) : [];
    }
}
