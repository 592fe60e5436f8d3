using PuenteBot.State;

namespace PuenteBot.Tests.Channels.Sms;

/// <summary>
/// The real store with a turn's save staged: a slow load (the turn runs past the webhook's window before it saves), a
/// pause inside the save's transaction right after the hand-over of the replies was decided (the window closes while
/// the save commits), or a failure at that point, which rolls the whole save back. Settable between turns.
/// </summary>
public sealed class StagedConversationStore(IConversationStore inner) : IConversationStore
{
    public TimeSpan LoadDelay { get; set; }

    /// <summary>Up to this much more, at random, on each load: turns that end at scattered moments.</summary>
    public TimeSpan LoadJitter { get; set; }

    public TimeSpan CommitDelay { get; set; }

    public bool FailInsideSave { get; set; }

    public async Task<StoredConversation> LoadAsync(string conversationId, CancellationToken cancellationToken)
    {
        await Task.Delay(LoadDelay + (LoadJitter * Random.Shared.NextDouble()), cancellationToken);
        return await inner.LoadAsync(conversationId, cancellationToken);
    }

    public Task<bool> TrySaveAsync(ConversationWrite write, CancellationToken cancellationToken) =>
        inner.TrySaveAsync(write with { LateSms = write.LateSms is { } late ? () => Staged(late) : null }, cancellationToken);

    public Task<IReadOnlyList<LogEntry>> ReadLogAsync(string conversationId, CancellationToken cancellationToken) => inner.ReadLogAsync(conversationId, cancellationToken);

    public Task<bool> IsReachableAsync(CancellationToken cancellationToken) => inner.IsReachableAsync(cancellationToken);

    private PuenteBot.Channels.Sms.SmsDelivery? Staged(Func<PuenteBot.Channels.Sms.SmsDelivery?> late)
    {
        var delivery = late();
        Thread.Sleep(CommitDelay); // inside the transaction, which is synchronous at this point
        return FailInsideSave ? throw new TimeoutException("The save failed inside its transaction (staged).") : delivery;
    }
}
