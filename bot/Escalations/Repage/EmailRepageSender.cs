using MimeKit;
using PuenteBot.Escalations.Delivery;
using PuenteBot.Escalations.Summaries;
using PuenteBot.State;

namespace PuenteBot.Escalations.Repage;

/// <summary>
/// Re-pages by email through <see cref="EmailNotifier"/> (same SMTP settings, same summary), to the on-call
/// clinicians' addresses instead of <c>Escalation:Email:To</c>; its idempotency key is the escalation's with "repage".
/// </summary>
public sealed class EmailRepageSender(EmailNotifier email, EscalationSummaries summaries, IConversationStore conversations) : IRepageSender
{
    public async Task SendAsync(EscalationRecord escalation, IReadOnlyList<OnCallClinician> recipients, CancellationToken cancellationToken)
    {
        var addresses = recipients.Where(r => MailboxAddress.TryParse(r.Email, out _)).Select(r => MailboxAddress.Parse(r.Email)).ToList();
        if (!email.IsConfigured || addresses.Count == 0)
        {
            throw new InvalidOperationException("Re-page needs Escalation:Email:SmtpHost and an Email for the on-call clinicians chosen.");
        }

        var log = await conversations.ReadLogAsync(escalation.ConversationId, cancellationToken);
        var message = new EscalationMessage(escalation, summaries.Build(escalation, log), $"{escalation.Id}:repage", 1);
        await email.SendAsync(message, addresses, cancellationToken);
    }
}
