using System.ComponentModel.DataAnnotations;

namespace PuenteBot.Hosting;

/// <summary>The <c>Hosting</c> section: where the bot is reached from outside, for links in what it sends clinicians.</summary>
public sealed class HostingOptions : IValidatableObject
{
    public const string Section = "Hosting";

    /// <summary>
    /// The bot's public address (https://puentebot.clinic.example): notifications link to the escalation's portal page
    /// under it. Empty: <c>Sms:PublicBaseUrl</c> is used when set, else notifications carry no link.
    /// </summary>
    public string PublicBaseUrl { get; set; } = string.Empty;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublicBaseUrl.Length > 0
            && !(Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            yield return new ValidationResult("Hosting:PublicBaseUrl must be an absolute http or https address.", [nameof(PublicBaseUrl)]);
        }
    }
}
