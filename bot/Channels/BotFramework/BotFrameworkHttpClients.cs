namespace PuenteBot.Channels.BotFramework;

/// <summary>Names of the HTTP clients the channel uses, so hosts and tests can configure their handlers.</summary>
public static class BotFrameworkHttpClients
{
    /// <summary>Fetches OpenID metadata and signing keys.</summary>
    public const string OpenIdMetadata = "BotFramework.OpenIdMetadata";

    /// <summary>Requests the bot's own token (client credentials).</summary>
    public const string Token = "BotFramework.Token";

    /// <summary>Calls channels' connectors; one long-lived client with retries and per-attempt timeouts.</summary>
    public const string Connector = "BotFramework.Connector";
}
