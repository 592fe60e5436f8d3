namespace PuenteBot.Portal;

/// <summary>A local portal account (<c>Portal:Accounts:N:*</c>).</summary>
public sealed class PortalAccount
{
    /// <summary>What the clinician types to sign in; recorded as who acknowledged an escalation.</summary>
    public string User { get; set; } = string.Empty;

    /// <summary>ASP.NET Core Identity's PasswordHasher format (PBKDF2-HMAC-SHA512, salted), from <c>portal hash-password</c>.</summary>
    public string PasswordHash { get; set; } = string.Empty;

    /// <summary>The name the family sees when this clinician joins a conversation; the user name when empty.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The portal's language for this clinician (en or es); <c>Clinicians:Language</c> when empty.</summary>
    public string Language { get; set; } = string.Empty;
}
