using Microsoft.Extensions.Options;
using PuenteBot.Audit;
using PuenteBot.Escalations.Cases;
using PuenteBot.Escalations.Delivery;

namespace PuenteBot.Escalations.Repage;

/// <summary>
/// One round of re-paging: each urgent escalation neither acknowledged nor claimed <see cref="RepageOptions.After"/>
/// after it was raised is marked re-paged (a conditional update: exactly one instance wins it), sent once to the
/// on-call clinicians <see cref="OnCallRoster"/> picks, and audited.
/// </summary>
public sealed class RepageService(
    ICaseStore cases,
    OnCallRoster roster,
    IRepageSender sender,
    IAuditLog audit,
    IOptions<EscalationOptions> options,
    TimeProvider clock,
    ILogger<RepageService> logger)
{
    private const int Batch = 50;

    /// <summary>Re-pages what is due now; answers how many escalations this call re-paged.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var repaged = 0;
        foreach (var escalation in await cases.RepageDueAsync(now - options.Value.Repage.After, Batch, cancellationToken))
        {
            if (!await cases.MarkRepagedAsync(escalation.Id, now, cancellationToken))
            {
                continue;
            }

            repaged++;
            var recipients = roster.For(now, (string?)escalation.Summary["language"]);
            await audit.AppendAsync(new AuditEntry(now, AuditEntry.System, AuditActions.Repage, escalation.Id, Detail: $"to:{recipients.Count}"), cancellationToken);
            if (recipients.Count == 0)
            {
                RepageLog.NobodyOnDuty(logger, escalation.Id);
                continue;
            }

            try
            {
                await sender.SendAsync(escalation, recipients, cancellationToken);
                RepageLog.Repaged(logger, escalation.Id, recipients.Count);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                RepageLog.Failed(logger, escalation.Id, exception.GetType().Name);
            }
        }

        return repaged;
    }
}
