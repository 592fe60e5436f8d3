using PuenteBot.Protocol;
using PuenteBot.State;
using PuenteBot.Turns;

namespace PuenteBot.Channels.Sms;

/// <summary>
/// Sends to a family later, through the REST API: the replies of a turn that ran past the webhook's window, and
/// proactive messages, which are refused while the family has opted out.
/// </summary>
public sealed class SmsSender(SmsDeliveryQueue queue, SmsReplyShaper shaper, IConversationStore conversations)
{
    /// <summary>Sends <paramref name="replies"/> unless the family opted out; false when nothing is sent for that reason.</summary>
    public async Task<bool> SendProactiveAsync(string conversationId, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        var stored = await conversations.LoadAsync(conversationId, cancellationToken);
        return !stored.Data.OptedOut && queue.Enqueue(new SmsDelivery(conversationId, shaper.Texts(replies)));
    }

    /// <summary>Sends a turn's replies when it finishes; the turn already kept to the opt-out (only safety messages).</summary>
    public void SendWhenDone(string conversationId, Task<TurnResult> turn, Func<TurnResult, IReadOnlyList<string>> texts) =>
        _ = turn.ContinueWith(
            finished => queue.Enqueue(new SmsDelivery(conversationId, finished.IsCompletedSuccessfully ? texts(finished.Result) : [])),
            CancellationToken.None,
            TaskContinuationOptions.None,
            TaskScheduler.Default);
}
