using PuenteBot.Channels.Sms;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;
using PuenteBot.State;

namespace PuenteBot.Turns;

/// <summary>
/// Where a turn's replies go when its caller may stop waiting for them (the Twilio webhook): back in the answer to
/// the request, or, once the caller stopped waiting, to <c>sms_outbox</c> in the same transaction as the turn's state
/// (<see cref="ConversationWrite.LateSms"/>). The pipeline asks inside each save's transaction, just before the
/// commit, and says after each save whether it committed.
/// </summary>
public interface IReplyHandover
{
    /// <summary>
    /// The SMS to write with the state because the caller stopped waiting, or null when the replies go in the answer
    /// (from then until <see cref="Settled"/>, a caller that wants to stop waiting waits for the save to end).
    /// </summary>
    SmsDelivery? Seal(IReadOnlyList<Activity> replies, ConversationData data);

    /// <summary>After each save the pipeline tried: whether it committed (false: nothing of it was written).</summary>
    void Settled(bool committed);
}
