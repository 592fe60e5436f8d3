using PuenteBot.Escalations.Delivery;
using PuenteBot.Protocol;
using PuenteBot.State;
using PuenteBot.Turns;

namespace PuenteBot.Channels.Sms;

/// <summary>
/// Sends to a family later, through the outbox (<see cref="ISmsOutbox"/>, sent by <see cref="SmsOutboxWorker"/>): the
/// replies of a turn that ran past the webhook's window, and proactive messages, which are refused while the family
/// has opted out.
/// </summary>
public sealed class SmsSender(
    ISmsOutbox outbox,
    [FromKeyedServices(SmsOutboxWorker.SignalKey)] EscalationSignal signal,
    SmsReplyShaper shaper,
    IConversationStore conversations,
    TimeProvider clock,
    ILogger<SmsSender> logger)
{
    /// <summary>Queues <paramref name="replies"/> unless the family opted out; false when nothing is sent for that reason.</summary>
    public async Task<bool> SendProactiveAsync(string conversationId, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        var stored = await conversations.LoadAsync(conversationId, cancellationToken);
        if (stored.Data.OptedOut)
        {
            return false;
        }

        await QueueAsync(new SmsDelivery(conversationId, shaper.Texts(replies)), cancellationToken);
        return true;
    }

    /// <summary>
    /// Queues a turn's replies when it finishes. The pipeline saves the turn inside <see cref="TurnPipeline.ProcessAsync"/>,
    /// before its replies reach the channel, so the rows are written right after that save, not in its transaction:
    /// a crash between the two loses these replies (the turn's state and escalations are saved).
    /// </summary>
    public void SendWhenDone(string conversationId, Task<TurnResult> turn, Func<TurnResult, IReadOnlyList<string>> texts) =>
        _ = QueueWhenDoneAsync(conversationId, turn, texts);

    private async Task QueueWhenDoneAsync(string conversationId, Task<TurnResult> turn, Func<TurnResult, IReadOnlyList<string>> texts)
    {
        try
        {
            var parts = texts(await turn);
            if (parts.Count == 0)
            {
                return;
            }

            // A turn that ended with the family opted out sent only what it must (the confirmation, the safety message): that goes all the same.
            var optedOut = (await conversations.LoadAsync(conversationId, CancellationToken.None)).Data.OptedOut;
            await QueueAsync(new SmsDelivery(conversationId, parts, DespiteOptOut: optedOut), CancellationToken.None);
        }
        catch (Exception exception)
        {
            SmsLog.NotQueued(logger, conversationId, exception.GetType().Name);
        }
    }

    private async Task QueueAsync(SmsDelivery delivery, CancellationToken cancellationToken)
    {
        if (delivery.Texts.Count == 0)
        {
            return;
        }

        await outbox.EnqueueAsync(delivery, clock.GetUtcNow(), cancellationToken);
        SmsLog.Queued(logger, delivery.ConversationId, delivery.Texts.Count);
        signal.Notify();
    }
}
