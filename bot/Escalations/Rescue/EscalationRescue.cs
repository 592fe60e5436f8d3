using PuenteBot.Escalations.Delivery;
using PuenteBot.State;

namespace PuenteBot.Escalations.Rescue;

/// <summary>
/// What happens to the escalations of a turn whose save failed, so that none is lost silently: saved on their own;
/// failing that, spooled to the disk and handed straight to the notifiers, and a Critical log line (ids only) says
/// so. Runs to the end whatever the request does (its own bounded waits, not the caller's token).
/// </summary>
public sealed class EscalationRescue(
    EscalationAloneWriter alone,
    EscalationSpool spool,
    DirectDelivery direct,
    EscalationSignal signal,
    ILogger<EscalationRescue> logger)
{
    public async Task<RescueOutcome> RescueAsync(ConversationWrite write)
    {
        if (await alone.TryWriteAsync(write.ConversationId, write.Escalations, write.Now, CancellationToken.None))
        {
            signal.Notify();
            foreach (var escalation in write.Escalations)
            {
                RescueLog.SavedAlone(logger, escalation.Id, escalation.Urgency);
            }

            return RescueOutcome.Stored;
        }

        var reached = true;
        foreach (var escalation in write.Escalations.Select(e => SpooledEscalation.From(write.ConversationId, e, write.Now)))
        {
            var spooled = await spool.TryWriteAsync(escalation, CancellationToken.None);
            var deliveredBy = await direct.DeliverAsync(escalation, CancellationToken.None);
            if (spooled && deliveredBy.Count > 0)
            {
                spooled = await spool.TryWriteAsync(escalation with { DeliveredBy = deliveredBy }, CancellationToken.None);
            }

            RescueLog.NotStored(logger, escalation.Id, escalation.Urgency, spooled, deliveredBy.Count);
            reached &= deliveredBy.Count > 0;
        }

        return reached ? RescueOutcome.Delivered : RescueOutcome.NotReached;
    }
}
