using System.ComponentModel.DataAnnotations;

namespace PuenteBot.Hosting;

/// <summary>
/// <c>Hosting:</c> — where the bot is reached from outside, for every link it gives out: web-chat invitations, portal
/// deep links in notifications.
/// </summary>
public sealed class HostingOptions : IValidatableObject
{
    public const string Section = "Hosting";

    /// <summary>
    /// The bot's public address (https://puentebot.clinic.example): notifications link to the escalation's portal page
    /// under it, invitations to the web chat on it. Empty: notifications use <c>Sms:PublicBaseUrl</c> when set, else
    /// carry no link; invitations are made on the address the enrolment request came to.
    /// </summary>
    public string PublicBaseUrl { get; set; } = string.Empty;

    /// <summary>The public address without a trailing slash, or null when none is set.</summary>
    public string? BaseUrl => PublicBaseUrl.Length > 0 ? PublicBaseUrl.TrimEnd('/') : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublicBaseUrl.Length > 0
            && !(Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            yield return new ValidationResult("Hosting:PublicBaseUrl must be an absolute http or https address.", [nameof(PublicBaseUrl)]);
        }
    }
}
