using PuenteBot.Proactive;
using PuenteBot.Protocol;

namespace PuenteBot.Channels.DirectLine;

/// <summary>Reaches a family in a conversation of the embedded Direct Line: the activities join its history, so the web chat shows them.</summary>
public sealed class DirectLineFamilyChannel(DirectLineConversations conversations) : IFamilyChannel
{
    public bool Serves(FamilyAddress address) =>
        (address.ChannelId is null or DirectLineChannel.ChannelId) && conversations.Find(address.ConversationId) is not null;

    public Task<bool> SendAsync(FamilyAddress address, IReadOnlyList<Activity> activities, CancellationToken cancellationToken) =>
        Task.FromResult(activities.All(activity => conversations.Deliver(address.ConversationId, activity) is not null));
}
