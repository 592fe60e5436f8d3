using System.ComponentModel.DataAnnotations;

namespace PuenteBot.Escalations.Delivery;

/// <summary>The <c>Escalation</c> section: where escalations are delivered, and how hard delivery tries.</summary>
public sealed class EscalationOptions : IValidatableObject
{
    public const string Section = "Escalation";

    public WebhookOptions Webhook { get; set; } = new();

    public TeamsOptions Teams { get; set; } = new();

    public EmailOptions Email { get; set; } = new();

    public DeliveryOptions Delivery { get; set; } = new();

    public Rescue.SpoolOptions Spool { get; set; } = new();

    public Repage.RepageOptions Repage { get; set; } = new();

    /// <summary>
    /// True: notifications (Teams, email, webhook) carry the caregiver's name and phone. False (the default): they
    /// do not, and the summary's Recommendation points to the portal for the number; signed-in staff always see it.
    /// </summary>
    public bool IncludeContact { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Webhook.Url.Length > 0 && !IsWebAddress(Webhook.Url))
        {
            yield return new ValidationResult("Escalation:Webhook:Url must be an absolute http or https address.", ["Webhook.Url"]);
        }

        if (Webhook.Url.Length > 0 && Webhook.Secret.Length < WebhookOptions.MinSecretLength)
        {
            yield return new ValidationResult(
                $"Escalation:Webhook:Secret must be set (at least {WebhookOptions.MinSecretLength} characters) when Escalation:Webhook:Url is.", ["Webhook.Secret"]);
        }

        if (Teams.WebhookUrl.Length > 0 && !IsWebAddress(Teams.WebhookUrl))
        {
            yield return new ValidationResult("Escalation:Teams:WebhookUrl must be an absolute http or https address.", ["Teams.WebhookUrl"]);
        }

        foreach (var problem in Email.Problems())
        {
            yield return new ValidationResult(problem, ["Email"]);
        }

        var delivery = new List<ValidationResult>();
        Validator.TryValidateObject(Delivery, new ValidationContext(Delivery), delivery, validateAllProperties: true);
        foreach (var problem in delivery)
        {
            yield return new ValidationResult("Escalation:Delivery: " + problem.ErrorMessage, ["Delivery"]);
        }

        var spool = new List<ValidationResult>();
        Validator.TryValidateObject(Spool, new ValidationContext(Spool), spool, validateAllProperties: true);
        foreach (var problem in spool)
        {
            yield return new ValidationResult("Escalation:Spool: " + problem.ErrorMessage, ["Spool"]);
        }

        var repage = new List<ValidationResult>();
        Validator.TryValidateObject(Repage, new ValidationContext(Repage), repage, validateAllProperties: true);
        foreach (var problem in repage)
        {
            yield return new ValidationResult("Escalation:Repage: " + problem.ErrorMessage, ["Repage"]);
        }

        if (Delivery.MaxDelay < Delivery.BaseDelay)
        {
            yield return new ValidationResult("Escalation:Delivery:MaxDelay must not be shorter than BaseDelay.", ["Delivery.MaxDelay"]);
        }
    }

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
