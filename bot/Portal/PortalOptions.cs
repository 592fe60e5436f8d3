using System.ComponentModel.DataAnnotations;

namespace PuenteBot.Portal;

/// <summary>
/// The <c>Portal</c> section: who may sign in to the clinician portal. Local accounts (hashed passwords, made with
/// <c>dotnet run --project bot -- portal hash-password</c>) for the embedded default; OpenID Connect when
/// <c>Portal:OpenIdConnect:Authority</c> and <c>ClientId</c> are set. No accounts and no OpenID Connect: nobody can sign in.
/// </summary>
public sealed class PortalOptions : IValidatableObject
{
    public const string Section = "Portal";

    public List<PortalAccount> Accounts { get; set; } = [];

    public PortalOpenIdConnectOptions OpenIdConnect { get; set; } = new();

    /// <summary>Wrong passwords in a row for one user name before it is locked for <see cref="LockoutDuration"/>.</summary>
    [Range(1, 100)]
    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a sign-in lasts without use (sliding).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (account, index) in Accounts.Select((a, i) => (a, i)))
        {
            if (string.IsNullOrWhiteSpace(account.User) || string.IsNullOrWhiteSpace(account.PasswordHash))
            {
                yield return new ValidationResult($"Portal:Accounts:{index} needs a User and a PasswordHash (dotnet run --project bot -- portal hash-password).");
            }

            if (account.Language is { Length: > 0 } language && language is not ("en" or "es"))
            {
                yield return new ValidationResult($"Portal:Accounts:{index}:Language must be 'en' or 'es'.");
            }
        }

        if (Accounts.GroupBy(a => a.User, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1))
        {
            yield return new ValidationResult("Portal:Accounts must not name a User twice.");
        }

        if (LockoutDuration < TimeSpan.Zero || SessionLifetime <= TimeSpan.Zero)
        {
            yield return new ValidationResult("Portal:LockoutDuration must not be negative and Portal:SessionLifetime must be positive.");
        }
    }
}
