using PuenteBot.State;

namespace PuenteBot.Escalations.Delivery;

/// <summary>
/// The conversation store as the turns see it, plus one thing: a save that committed escalations wakes the delivery
/// worker at once, so an urgent escalation does not wait for the next poll.
/// </summary>
public sealed class SignallingConversationStore(IConversationStore inner, EscalationSignal signal) : IConversationStore
{
    public Task<StoredConversation> LoadAsync(string conversationId, CancellationToken cancellationToken) =>
        inner.LoadAsync(conversationId, cancellationToken);

    public async Task<bool> TrySaveAsync(ConversationWrite write, CancellationToken cancellationToken)
    {
        var saved = await inner.TrySaveAsync(write, cancellationToken);
        if (saved && (write.Escalations.Count > 0 || write.EscalationUpdates.Count > 0))
        {
            signal.Notify();
        }

        return saved;
    }

    public Task<IReadOnlyList<LogEntry>> ReadLogAsync(string conversationId, CancellationToken cancellationToken) =>
        inner.ReadLogAsync(conversationId, cancellationToken);

    public Task<bool> IsReachableAsync(CancellationToken cancellationToken) => inner.IsReachableAsync(cancellationToken);
}
