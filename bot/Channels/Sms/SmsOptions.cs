using System.ComponentModel.DataAnnotations;

namespace PuenteBot.Channels.Sms;

/// <summary>The <c>Sms</c> section: the Twilio account, the outbox, the bot's public address, and how replies are shaped (and Spanish written).</summary>
public sealed class SmsOptions : IValidatableObject
{
    public const string Section = "Sms";

    public TwilioOptions Twilio { get; set; } = new();

    public SmsOutboxOptions Outbox { get; set; } = new();

    /// <summary>
    /// The address Twilio and families reach the bot at (for example https://bot.example.org), used to check
    /// signatures behind a proxy, for status callbacks and for handout links. Empty: the request's own address.
    /// </summary>
    public string PublicBaseUrl { get; set; } = string.Empty;

    /// <summary>Secret salt for hashing phone numbers into conversation ids. Empty: a random salt kept in the database.</summary>
    public string PhoneHashSalt { get; set; } = string.Empty;

    /// <summary>How long the webhook waits for a turn before it answers Twilio empty and sends the replies later.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:12")]
    public TimeSpan ReplyWithin { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The most segments one message may take before the reply is split into numbered parts.</summary>
    [Range(1, 10)]
    public int MaxSegments { get; set; } = 3;

    /// <summary>How Spanish replies are written on SMS (<c>Sms:Spanish:Gsm7Only</c>).</summary>
    public SmsSpanishOptions Spanish { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublicBaseUrl.Length > 0 && !IsWebAddress(PublicBaseUrl))
        {
            yield return new ValidationResult("Sms:PublicBaseUrl must be an absolute http or https address.", [nameof(PublicBaseUrl)]);
        }

        if (!IsWebAddress(Twilio.ApiBaseUrl))
        {
            yield return new ValidationResult("Sms:Twilio:ApiBaseUrl must be an absolute http or https address.", ["Twilio.ApiBaseUrl"]);
        }

        var outbox = new List<ValidationResult>();
        Validator.TryValidateObject(Outbox, new ValidationContext(Outbox), outbox, validateAllProperties: true);
        foreach (var problem in outbox)
        {
            yield return new ValidationResult("Sms:Outbox: " + problem.ErrorMessage, [.. problem.MemberNames.Select(name => "Outbox." + name)]);
        }

        if (Outbox.MaxDelay < Outbox.BaseDelay)
        {
            yield return new ValidationResult("Sms:Outbox:MaxDelay must not be shorter than BaseDelay.", ["Outbox.MaxDelay"]);
        }
    }

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
