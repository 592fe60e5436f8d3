using System.Collections.Concurrent;
using PuenteBot.Proactive;
using PuenteBot.Protocol;

namespace PuenteBot.Tests.Visits;

/// <summary>A channel for the test channel id that keeps what it is handed: each delivery (one message's activities) per conversation.</summary>
public sealed class RecordingFamilyChannel : IFamilyChannel
{
    public ConcurrentQueue<(string ConversationId, IReadOnlyList<Activity> Activities)> Sent { get; } = new();

    public bool Serves(FamilyAddress address) => address.ChannelId == "test";

    public Task<bool> SendAsync(FamilyAddress address, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        Sent.Enqueue((address.ConversationId, [.. activities]));
        return Task.FromResult(true);
    }

    /// <summary>How many deliveries reached the conversation.</summary>
    public int To(string conversationId) => Sent.Count(s => s.ConversationId == conversationId);
}
