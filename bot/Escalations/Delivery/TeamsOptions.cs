namespace PuenteBot.Escalations.Delivery;

/// <summary><c>Escalation:Teams</c>: a Microsoft Teams incoming webhook (or a Workflows webhook that takes the same message).</summary>
public sealed class TeamsOptions
{
    /// <summary>Empty: no Teams message.</summary>
    public string WebhookUrl { get; set; } = string.Empty;
}
