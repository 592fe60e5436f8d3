using Microsoft.Identity.Client;

namespace PuenteBot.Channels.BotFramework;

/// <summary>Gives Microsoft.Identity.Client the host's named HTTP client for token requests.</summary>
public sealed class MsalHttpClientFactory(IHttpClientFactory httpClients) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => httpClients.CreateClient(BotFrameworkHttpClients.Token);
}
