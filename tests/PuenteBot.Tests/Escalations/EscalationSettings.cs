namespace PuenteBot.Tests.Escalations;

/// <summary>Bot settings for the escalation tests: notifiers on loopback, short retry delays, a quick poll.</summary>
public static class EscalationSettings
{
    public const string Secret = "test-webhook-secret-0123456789";
    public const string ApiKey = "clinician-key-for-tests";

    public static Dictionary<string, string?> With(string? webhookUrl = null, string? teamsUrl = null, int? smtpPort = null, string? connectionString = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Escalation:Delivery:BaseDelay"] = "00:00:00.020",
            ["Escalation:Delivery:MaxDelay"] = "00:00:00.200",
            ["Escalation:Delivery:MaxAttempts"] = "100",
            ["Escalation:Delivery:PollInterval"] = "00:00:00.500",
            ["Escalation:Delivery:AttemptTimeout"] = "00:00:10",
            ["Clinicians:ApiKeys:0"] = ApiKey,
        };
        if (webhookUrl is not null)
        {
            settings["Escalation:Webhook:Url"] = webhookUrl;
            settings["Escalation:Webhook:Secret"] = Secret;
        }

        if (teamsUrl is not null)
        {
            settings["Escalation:Teams:WebhookUrl"] = teamsUrl;
        }

        if (smtpPort is { } port)
        {
            settings["Escalation:Email:SmtpHost"] = "127.0.0.1";
            settings["Escalation:Email:SmtpPort"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["Escalation:Email:Security"] = "None";
            settings["Escalation:Email:From"] = "PuenteBot <puentebot@clinic.test>";
            settings["Escalation:Email:To"] = "on-call@clinic.test, lead@clinic.test";
        }

        if (connectionString is not null)
        {
            settings["Storage:ConnectionString"] = connectionString;
        }

        return settings;
    }
}
