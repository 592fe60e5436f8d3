using PuenteBot.Proactive;
using PuenteBot.Protocol;

namespace PuenteBot.Channels.DirectLine;

/// <summary>
/// Reaches a family in a conversation of the embedded Direct Line, on whichever instance its web chat is connected:
/// the activities join the stored conversation, and the instance holding the family's stream is woken by the feed.
/// </summary>
public sealed class DirectLineFamilyChannel(DirectLineConversations conversations) : IFamilyChannel
{
    public bool Serves(FamilyAddress address) =>
        (address.ChannelId is null or DirectLineChannel.ChannelId) && conversations.Holds(address.ConversationId);

    public Task<bool> SendAsync(FamilyAddress address, IReadOnlyList<Activity> activities, CancellationToken cancellationToken) =>
        conversations.DeliverAsync(address.ConversationId, activities, cancellationToken);
}
