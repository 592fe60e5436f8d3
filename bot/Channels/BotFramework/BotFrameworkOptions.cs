namespace PuenteBot.Channels.BotFramework;

/// <summary>
/// The <c>BotFramework</c> section: where signing keys come from, which issuers are trusted, which
/// channel hosts may receive replies, and how the connector retries. The defaults are the public cloud's;
/// the app's identity itself is in the top-level <c>MicrosoftApp*</c> keys (<see cref="BotAppCredentials"/>).
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string Section = "BotFramework";

    public const string AllowListProblem = "BotFramework:AllowedServiceUrls entries must look like https://host or https://*.domain.";

    /// <summary>OpenID metadata of the tokens Azure Bot Service channels send.</summary>
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The issuer of channel tokens.</summary>
    public string ChannelIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>OpenID metadata of the Microsoft Entra tokens the Bot Framework Emulator sends.</summary>
    public string EmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>Tolerance on a token's lifetime for clocks that disagree.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often signing keys are fetched again even when every token's key is known.</summary>
    public TimeSpan SigningKeysRefreshInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Service URLs replies may be sent to, as <c>scheme://host</c> with an optional leading <c>*.</c> for
    /// subdomains. Loopback addresses are added when no app id is set (Emulator, local tests).
    /// </summary>
    public string[] AllowedServiceUrls { get; set; } = [];

    /// <summary>
    /// With no app id, whether callers on other machines may post to <c>/api/messages</c> unauthenticated. Off by
    /// default: without an app id only loopback callers (the Emulator on the same machine) get in, because anyone who
    /// can reach the port could otherwise post into a family's conversation and read the bot's replies. Such callers
    /// never get replies sent to a loopback service URL unless it is on <see cref="AllowedServiceUrls"/>.
    /// </summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>Where the bot's own token comes from (Microsoft Entra ID).</summary>
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com";

    /// <summary>The resource the bot's token is for: every Bot Framework channel.</summary>
    public string OAuthScope { get; set; } = "https://api.botframework.com";

    /// <summary>Retries of a connector call after 429, 408 or 5xx, with exponential backoff and jitter.</summary>
    public int MaxRetries { get; set; } = 3;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Limit for one connector call attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
