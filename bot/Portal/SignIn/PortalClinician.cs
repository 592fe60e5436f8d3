using System.Security.Claims;

namespace PuenteBot.Portal.SignIn;

/// <summary>The signed-in clinician: user name (recorded on acknowledgements), the name families see, the portal's language.</summary>
public sealed record PortalClinician(string User, string Name, string Language)
{
    public const string LanguageClaim = "puentebot:language";

    public IEnumerable<Claim> ToClaims() =>
    [
        new(ClaimTypes.NameIdentifier, User),
        new(ClaimTypes.Name, Name),
        new(LanguageClaim, Language),
    ];

    /// <summary>
    /// The clinician of a signed-in principal: a local account's claims, or an OpenID Connect user's
    /// (preferred_username, else email, else sub as the user name; name as the name; claims as the provider names them).
    /// </summary>
    public static PortalClinician From(ClaimsPrincipal principal, string defaultLanguage)
    {
        var user = principal.FindFirstValue("preferred_username")
            ?? principal.FindFirstValue("email")
            ?? principal.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? principal.FindFirstValue("sub")
            ?? principal.Identity?.Name
            ?? "clinician";
        var name = principal.FindFirstValue(ClaimTypes.Name) ?? principal.FindFirstValue("name") ?? user;
        var language = principal.FindFirstValue(LanguageClaim) is "en" or "es" ? principal.FindFirstValue(LanguageClaim)! : defaultLanguage;
        return new PortalClinician(user, name, language);
    }
}
