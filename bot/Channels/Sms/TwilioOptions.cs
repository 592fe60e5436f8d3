namespace PuenteBot.Channels.Sms;

/// <summary>The <c>Sms:Twilio</c> section. The auth token is a secret: set it in the environment only.</summary>
public sealed class TwilioOptions
{
    public string AccountSid { get; set; } = string.Empty;

    /// <summary>When set, every webhook must carry a valid <c>X-Twilio-Signature</c>.</summary>
    public string AuthToken { get; set; } = string.Empty;

    /// <summary>The sender for messages to a family that has not texted a number of ours yet.</summary>
    public string FromNumber { get; set; } = string.Empty;

    /// <summary>Where the REST API is; tests point it at a local fake.</summary>
    public string ApiBaseUrl { get; set; } = "https://api.twilio.com";

    /// <summary>The first wait before a failed REST call is tried again; later waits grow.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public bool CanSend => AccountSid.Length > 0 && AuthToken.Length > 0;
}
