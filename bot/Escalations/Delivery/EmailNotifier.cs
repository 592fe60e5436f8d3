using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;
using PuenteBot.Escalations.Summaries;

namespace PuenteBot.Escalations.Delivery;

/// <summary>
/// Email over SMTP (MailKit): the summary as plain text with an HTML alternative. The subject is the summary's title
/// (urgency and reason, never family words); the Message-ID is derived from the idempotency key, so a resent copy
/// is recognisably the same message. An urgent escalation is marked so mail clients put it first
/// (<c>X-Priority: 1</c>, <c>Importance: high</c>, <c>Priority: urgent</c>). Both parts are built from the summary's
/// plain text and its encoded HTML: nothing the family wrote becomes markup or a link.
/// </summary>
public sealed class EmailNotifier(IOptions<EscalationOptions> options) : IEscalationNotifier
{
    private readonly EmailOptions email = options.Value.Email;

    public string Name => "email";

    public bool IsConfigured => email.IsConfigured;

    public Task SendAsync(EscalationMessage message, CancellationToken cancellationToken) => SendAsync(message, email.Recipients(), cancellationToken);

    /// <summary>The same message to other recipients (the on-call clinicians of a re-page).</summary>
    public async Task SendAsync(EscalationMessage message, IReadOnlyList<MailboxAddress> recipients, CancellationToken cancellationToken)
    {
        using var mail = Compose(message, recipients);
        using var client = new SmtpClient();
        await client.ConnectAsync(email.SmtpHost, email.SmtpPort, email.Security, cancellationToken);
        if (email.UserName.Length > 0)
        {
            await client.AuthenticateAsync(email.UserName, email.Password, cancellationToken);
        }

        await client.SendAsync(mail, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    public MimeMessage Compose(EscalationMessage message) => Compose(message, email.Recipients());

    public MimeMessage Compose(EscalationMessage message, IReadOnlyList<MailboxAddress> recipients)
    {
        var summary = message.Summary;
        var mail = new MimeMessage
        {
            Subject = summary.Title,
            MessageId = $"{message.IdempotencyKey.Replace(':', '.')}@puentebot",
        };
        mail.From.Add(MailboxAddress.Parse(email.From));
        mail.To.AddRange(recipients);
        mail.Headers.Add(NotifierHttp.IdempotencyHeader, message.IdempotencyKey);
        if (summary.Urgency == Dialogs.Escalation.Urgency.Urgent)
        {
            mail.XPriority = XMessagePriority.Highest;
            mail.Importance = MessageImportance.High;
            mail.Priority = MessagePriority.Urgent;
        }

        mail.Body = new BodyBuilder { TextBody = summary.ToText(), HtmlBody = Page(summary) }.ToMessageBody();
        return mail;
    }

    private static string Page(EscalationSummary summary) =>
        $"<!DOCTYPE html><html lang=\"{summary.Language}\"><head><meta charset=\"utf-8\"><title>{System.Net.WebUtility.HtmlEncode(summary.Title)}</title></head><body>{summary.ToHtml()}</body></html>";
}
