namespace PuenteBot.Channels.DirectLine;

/// <summary>A stream's hold on its conversation: cancelled when the request ends or a newer stream claims it.</summary>
public sealed class StreamClaim : IDisposable
{
    private readonly DirectLineStreams owner;
    private readonly string conversationId;
    private readonly DirectLineStreams.Entry entry;
    private readonly CancellationTokenSource claimed;

    internal StreamClaim(DirectLineStreams owner, string conversationId, DirectLineStreams.Entry entry, CancellationTokenSource claimed)
    {
        this.owner = owner;
        this.conversationId = conversationId;
        this.entry = entry;
        this.claimed = claimed;
    }

    public CancellationToken Token => claimed.Token;

    /// <summary>Completes at the next wake-up; take it before reading, so an append during the read is not missed.</summary>
    public Task Changed => entry.Changed;

    public Task EndAsync() => claimed.CancelAsync();

    public void Dispose() => owner.Release(conversationId, entry, claimed);
}
