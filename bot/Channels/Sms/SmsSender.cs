using PuenteBot.Escalations.Delivery;
using PuenteBot.Protocol;
using PuenteBot.State;
using PuenteBot.Turns;

namespace PuenteBot.Channels.Sms;

/// <summary>
/// Sends to a family later, through the outbox (<see cref="ISmsOutbox"/>, sent by <see cref="SmsOutboxWorker"/>): the
/// replies of a turn that ran past the webhook's window (written with the turn's state, <see cref="SmsOutboxHandover"/>),
/// and proactive messages, which are refused while the family has opted out.
/// </summary>
public sealed class SmsSender(
    ISmsOutbox outbox,
    [FromKeyedServices(SmsOutboxWorker.SignalKey)] EscalationSignal signal,
    SmsReplyShaper shaper,
    IConversationStore conversations,
    SmsOutboxBypass bypass,
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
    /// Sees a turn the webhook stopped waiting for to its end. Its replies normally rode in its save's transaction
    /// (<paramref name="handover"/>): the worker is woken for them. Replies the save did not write (the save failed
    /// and the turn was rescued, or a save committed them for a TwiML answer Twilio no longer took) are queued on
    /// their own here, right after the turn (a crash in between loses those), and when the outbox cannot be written
    /// either, sent straight to Twilio (<see cref="SmsOutboxBypass"/>).
    /// </summary>
    public void SendWhenDone(SmsContact contact, Task<TurnResult> turn, SmsOutboxHandover handover, Func<TurnResult, IReadOnlyList<string>> texts) =>
        _ = QueueWhenDoneAsync(contact, turn, handover, texts);

    private async Task QueueWhenDoneAsync(SmsContact contact, Task<TurnResult> turn, SmsOutboxHandover handover, Func<TurnResult, IReadOnlyList<string>> texts)
    {
        try
        {
            var result = await turn;
            if (handover.Written is { } written)
            {
                SmsLog.Queued(logger, contact.ConversationId, written.Texts.Count);
                signal.Notify();
                return;
            }

            var parts = texts(result);
            if (parts.Count > 0)
            {
                await QueueOrBypassAsync(contact, parts);
            }
        }
        catch (Exception exception)
        {
            SmsLog.NotQueued(logger, contact.ConversationId, exception.GetType().Name);
        }
    }

    /// <summary>A turn that ended with the family opted out sent only what it must (the confirmation, the safety message): that goes all the same.</summary>
    private async Task QueueOrBypassAsync(SmsContact contact, IReadOnlyList<string> parts)
    {
        try
        {
            var optedOut = (await conversations.LoadAsync(contact.ConversationId, CancellationToken.None)).Data.OptedOut;
            await QueueAsync(new SmsDelivery(contact.ConversationId, parts, DespiteOptOut: optedOut), CancellationToken.None);
        }
        catch (Exception exception)
        {
            SmsLog.NotQueued(logger, contact.ConversationId, exception.GetType().Name);
            await bypass.SendAsync(contact, parts, CancellationToken.None);
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
