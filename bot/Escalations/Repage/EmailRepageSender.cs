using MimeKit;
using PuenteBot.Escalations.Delivery;
using PuenteBot.Escalations.Summaries;

namespace PuenteBot.Escalations.Repage;

/// <summary>
/// Re-pages by email through <see cref="EmailNotifier"/> (same SMTP settings, same summary), to the on-call
/// clinicians' addresses instead of <c>Escalation:Email:To</c>; its idempotency key is the escalation's with "repage".
/// The summary is the notifiers' one: <c>Clinicians:Language</c>, contact details only with <c>Escalation:IncludeContact</c>.
/// </summary>
public sealed class EmailRepageSender(EmailNotifier email, EscalationSummaries summaries) : IRepageSender
{
    public async Task SendAsync(EscalationRecord escalation, IReadOnlyList<OnCallClinician> recipients, CancellationToken cancellationToken)
    {
        var addresses = recipients.Where(r => MailboxAddress.TryParse(r.Email, out _)).Select(r => MailboxAddress.Parse(r.Email)).ToList();
        if (!email.IsConfigured || addresses.Count == 0)
        {
            throw new InvalidOperationException("Re-page needs Escalation:Email:SmtpHost and an Email for the on-call clinicians chosen.");
        }

        var message = new EscalationMessage(escalation, await summaries.BuildAsync(escalation, cancellationToken), $"{escalation.Id}:repage", 1);
        await email.SendAsync(message, addresses, cancellationToken);
    }
}
