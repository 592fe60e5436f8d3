namespace PuenteBot.Escalations.Delivery;

/// <summary><c>Escalation:Webhook</c>: a generic JSON webhook, signed with HMAC-SHA256.</summary>
public sealed class WebhookOptions
{
    public const int MinSecretLength = 16;

    /// <summary>Empty: no webhook.</summary>
    public string Url { get; set; } = string.Empty;

    /// <summary>The shared secret of <c>X-PuenteBot-Signature</c>; required with a URL; from the environment, never a file in the repository.</summary>
    public string Secret { get; set; } = string.Empty;
}
