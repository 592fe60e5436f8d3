using System.ComponentModel.DataAnnotations;

namespace PuenteBot.Hosting;

/// <summary>
/// <c>Hosting:</c> — the bot's public https address (<c>Hosting:PublicBaseUrl</c>), for every link it gives out:
/// web-chat invitations, portal deep links in notifications. Empty: links are made from the request's own address
/// where there is one (the enrolment API), and left out of notifications.
/// </summary>
public sealed class HostingOptions : IValidatableObject
{
    public const string Section = "Hosting";

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
