namespace PuenteBot.Channels.BotFramework;

/// <summary>
/// The bot's identity from the top-level keys Azure's templates use: <c>MicrosoftAppId</c>,
/// <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>, <c>MicrosoftAppType</c>. With no app id the
/// bot accepts unauthenticated calls and sends replies without a token (Emulator, local runs).
/// </summary>
public sealed class BotAppCredentials
{
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";

    /// <summary>The tenant multi-tenant bots get their token from.</summary>
    public const string BotFrameworkTenant = "botframework.com";

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    public string? MicrosoftAppType { get; set; }

    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool IsManagedIdentity => string.Equals(MicrosoftAppType, UserAssignedMsi, StringComparison.OrdinalIgnoreCase);

    public bool IsSingleTenant => string.Equals(MicrosoftAppType, SingleTenant, StringComparison.OrdinalIgnoreCase);

    /// <summary>The tenant the bot's token is requested from.</summary>
    public string TokenTenant => IsSingleTenant || IsManagedIdentity ? MicrosoftAppTenantId! : BotFrameworkTenant;
}
