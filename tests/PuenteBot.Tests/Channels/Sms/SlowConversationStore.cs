using PuenteBot.State;

namespace PuenteBot.Tests.Channels.Sms;

/// <summary>The real store, slow to load: turns that run past the webhook's window.</summary>
public sealed class SlowConversationStore(IConversationStore inner, TimeSpan delay) : IConversationStore
{
    public async Task<StoredConversation> LoadAsync(string conversationId, CancellationToken cancellationToken)
    {
        await Task.Delay(delay, cancellationToken);
        return await inner.LoadAsync(conversationId, cancellationToken);
    }

    public Task<bool> TrySaveAsync(ConversationWrite write, CancellationToken cancellationToken) => inner.TrySaveAsync(write, cancellationToken);

    public Task<IReadOnlyList<LogEntry>> ReadLogAsync(string conversationId, CancellationToken cancellationToken) => inner.ReadLogAsync(conversationId, cancellationToken);

    public Task<bool> IsReachableAsync(CancellationToken cancellationToken) => inner.IsReachableAsync(cancellationToken);
}
