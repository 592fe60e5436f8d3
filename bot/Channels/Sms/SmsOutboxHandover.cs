using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;
using PuenteBot.Turns;

namespace PuenteBot.Channels.Sms;

/// <summary>
/// One webhook request's hand-over of its turn's replies between the TwiML answer and <c>sms_outbox</c>: each reply
/// ends in exactly one of them. The decision is taken under one lock, at the last moment of the turn's save (just
/// before its commit): a webhook that has stopped waiting by then gets the replies written with the state; otherwise
/// the save commits without them and they go in the TwiML answer, and a webhook whose window closes while that save
/// is still committing waits for it to end (it is a matter of milliseconds) before it decides. A save that does not
/// commit decides nothing: the next attempt asks again. What the save did not write (it failed, or the webhook could
/// not answer after all) <see cref="SmsSender.SendWhenDone"/> queues on its own once the turn ends.
/// </summary>
public sealed class SmsOutboxHandover(string conversationId, Func<IReadOnlyList<Activity>, IReadOnlyList<string>> texts) : IReplyHandover
{
    private readonly Lock gate = new();
    private TaskCompletionSource settled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool callerGone;
    private bool sealing;
    private bool answered;
    private SmsDelivery? sealedDelivery;

    /// <summary>The replies the turn's save wrote to <c>sms_outbox</c> and committed; null when it wrote none.</summary>
    public SmsDelivery? Written { get; private set; }

    public SmsDelivery? Seal(IReadOnlyList<Activity> replies, ConversationData data)
    {
        lock (gate)
        {
            if (!callerGone)
            {
                sealing = true;
                return null;
            }

            // A turn that ended with the family opted out sent only what it must (the confirmation, the safety message): that goes all the same.
            var parts = texts(replies);
            sealedDelivery = parts.Count > 0 ? new SmsDelivery(conversationId, parts, DespiteOptOut: data.OptedOut) : null;
            return sealedDelivery;
        }
    }

    public void Settled(bool committed)
    {
        lock (gate)
        {
            answered |= sealing && committed;
            Written = committed ? sealedDelivery : Written;
            sealing = false;
            sealedDelivery = null;
            settled.TrySetResult();
            settled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>
    /// The webhook stops waiting: true when the replies are the outbox's from now on (any later save writes them),
    /// false when a save already committed them for the TwiML answer. A save in the middle of its commit is waited
    /// for, until <paramref name="cancellationToken"/> (Twilio's own window) ends; then the replies are the outbox's.
    /// </summary>
    public async Task<bool> TryDeferAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task saving;
            lock (gate)
            {
                if (answered)
                {
                    return false;
                }

                if (!sealing || cancellationToken.IsCancellationRequested)
                {
                    callerGone = true;
                    return true;
                }

                saving = settled.Task;
            }

            await saving.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>The webhook cannot answer with TwiML any more (Twilio hung up): any later save writes the replies.</summary>
    public void CallerGone()
    {
        lock (gate)
        {
            callerGone = true;
        }
    }
}
