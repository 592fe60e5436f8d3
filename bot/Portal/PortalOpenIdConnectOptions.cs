namespace PuenteBot.Portal;

/// <summary><c>Portal:OpenIdConnect</c>: sign-in through the clinic's identity provider (the client secret from the environment).</summary>
public sealed class PortalOpenIdConnectOptions
{
    public string Authority { get; set; } = string.Empty;

    public string ClientId { get; set; } = string.Empty;

    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>Where the provider sends the clinician back; register this path (on the portal's host) with the provider.</summary>
    public string CallbackPath { get; set; } = "/portal/signin-oidc";

    /// <summary>Off only for a provider on the local machine (tests).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The button's label on the sign-in page, e.g. the clinic's sign-in service.</summary>
    public string DisplayName { get; set; } = string.Empty;

    public bool IsConfigured => Authority.Length > 0 && ClientId.Length > 0;
}
