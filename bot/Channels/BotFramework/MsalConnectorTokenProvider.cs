using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace PuenteBot.Channels.BotFramework;

/// <summary>
/// Gets the bot's token with Microsoft.Identity.Client, which caches it and renews it before it expires:
/// client credentials (app id and password) against <c>{AuthorityHost}/botframework.com</c> for multi-tenant
/// bots or <c>{AuthorityHost}/{MicrosoftAppTenantId}</c> for single-tenant ones, or the user-assigned managed
/// identity whose client id is the app id. The scope is <c>{OAuthScope}/.default</c>.
/// </summary>
public sealed class MsalConnectorTokenProvider : IConnectorTokenProvider
{
    private readonly IConfidentialClientApplication? confidential;
    private readonly IManagedIdentityApplication? managedIdentity;
    private readonly string scope;

    public MsalConnectorTokenProvider(IOptions<BotFrameworkOptions> options, IOptions<BotAppCredentials> credentials, IHttpClientFactory httpClients)
    {
        var identity = credentials.Value;
        scope = options.Value.OAuthScope.TrimEnd('/');
        if (!identity.IsAuthenticationEnabled)
        {
            return;
        }

        var http = new MsalHttpClientFactory(httpClients);
        if (identity.IsManagedIdentity)
        {
            managedIdentity = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(identity.MicrosoftAppId))
                .WithHttpClientFactory(http)
                .Build();
            return;
        }

        confidential = ConfidentialClientApplicationBuilder.Create(identity.MicrosoftAppId)
            .WithClientSecret(identity.MicrosoftAppPassword)
            .WithAuthority($"{options.Value.AuthorityHost.TrimEnd('/')}/{identity.TokenTenant}", validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(http)
            .Build();
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (confidential is not null)
        {
            var result = await confidential.AcquireTokenForClient([scope + "/.default"]).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }

        if (managedIdentity is not null)
        {
            var result = await managedIdentity.AcquireTokenForManagedIdentity(scope).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }

        return null;
    }
}
