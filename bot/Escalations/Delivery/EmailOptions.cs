using MailKit.Security;
using MimeKit;

namespace PuenteBot.Escalations.Delivery;

/// <summary><c>Escalation:Email</c>: email over SMTP (plain text with an HTML alternative).</summary>
public sealed class EmailOptions
{
    /// <summary>Empty: no email.</summary>
    public string SmtpHost { get; set; } = string.Empty;

    public int SmtpPort { get; set; } = 25;

    /// <summary>How the connection is secured: Auto, None, StartTls, StartTlsWhenAvailable (default) or SslOnConnect.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;

    /// <summary>Empty: no authentication.</summary>
    public string UserName { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public string From { get; set; } = string.Empty;

    /// <summary>One address or several, separated by commas or semicolons.</summary>
    public string To { get; set; } = string.Empty;

    public bool IsConfigured => SmtpHost.Length > 0;

    public IReadOnlyList<MailboxAddress> Recipients() =>
        [.. To.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(MailboxAddress.Parse)];

    public IEnumerable<string> Problems()
    {
        if (!IsConfigured)
        {
            yield break;
        }

        if (SmtpPort is < 1 or > 65535)
        {
            yield return "Escalation:Email:SmtpPort must be between 1 and 65535.";
        }

        if (!MailboxAddress.TryParse(From, out _))
        {
            yield return "Escalation:Email:From must be an email address when Escalation:Email:SmtpHost is set.";
        }

        var recipients = To.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (recipients.Length == 0 || !recipients.All(r => MailboxAddress.TryParse(r, out _)))
        {
            yield return "Escalation:Email:To must hold one or more email addresses when Escalation:Email:SmtpHost is set.";
        }
    }
}
