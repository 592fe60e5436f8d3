using PuenteBot.Dialogs.Runtime;
using PuenteBot.Proactive;
using PuenteBot.Protocol;
using PuenteBot.State;
using PuenteBot.Turns;

namespace PuenteBot.Portal.Handoff;

/// <summary>
/// Changes a conversation from outside a family turn (a clinician in the portal): under the same per-conversation
/// lock as turns, so a family turn and a clinician action never interleave, and saved with the same optimistic
/// concurrency, re-run on the fresh state when another process saved first. What the change sends is logged as
/// outbound, in the same transaction; sending it to the family is the caller's job, once saved.
/// </summary>
public sealed class ConversationEditor(IConversationStore store, ConversationLocks locks, TimeProvider clock)
{
    /// <summary>
    /// Runs <paramref name="change"/> on the conversation's state; it returns false to leave the conversation as it was.
    /// Null when the conversation is unknown, unless <paramref name="create"/> (enrolment writes to a family before
    /// they ever wrote: the conversation starts with that change).
    /// </summary>
    public async Task<ConversationEdit?> EditAsync(
        string conversationId, Func<TurnContext, CancellationToken, Task<bool>> change, CancellationToken cancellationToken, bool create = false)
    {
        using var turnLock = await locks.AcquireAsync(conversationId, cancellationToken);
        for (var attempt = 1; attempt <= TurnPipeline.MaxAttempts; attempt++)
        {
            var stored = await store.LoadAsync(conversationId, cancellationToken);
            if (stored.Version == 0 && !create)
            {
                return null;
            }

            var context = new TurnContext(FamilyActivity(conversationId, stored.Data), stored.Data);
            if (!await change(context, cancellationToken))
            {
                return new ConversationEdit(false, stored.Data, []);
            }

            var now = clock.GetUtcNow();
            var log = context.Replies.Select(r => new LogEntry(LogEntry.Outbound, r.Id, r.Type ?? ActivityTypes.Message, r.Text, now)).ToList();
            var channelId = context.Activity.ChannelId ?? FamilyReference.Read(stored.Data)?.ChannelId;
            var write = new ConversationWrite(conversationId, channelId, stored.Version, stored.Data, log, [.. context.Escalations], now)
            {
                EscalationUpdates = [.. context.EscalationUpdates],
            };
            if (await store.TrySaveAsync(write, cancellationToken))
            {
                return new ConversationEdit(true, stored.Data, context.Replies);
            }
        }

        throw new InvalidOperationException($"The conversation kept changing; not saved after {TurnPipeline.MaxAttempts} attempts.");
    }

    /// <summary>An activity standing for the family's side of the conversation, so replies are addressed and worded (SMS) for their channel.</summary>
    private static Activity FamilyActivity(string conversationId, ConversationData data)
    {
        var reference = FamilyReference.Read(data);
        return new Activity
        {
            Type = ActivityTypes.Event,
            ChannelId = reference?.ChannelId,
            ServiceUrl = reference?.ServiceUrl,
            Conversation = new ConversationAccount { Id = conversationId },
            From = reference?.User,
            Recipient = reference?.Bot,
            Locale = data.Language,
        };
    }
}
