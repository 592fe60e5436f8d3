using PuenteBot.Proactive;
using PuenteBot.Protocol;

namespace PuenteBot.Channels.BotFramework;

/// <summary>
/// Reaches a family on an Azure Bot Service channel through its connector, with the stored conversation reference;
/// the activities are shaped for the channel as a turn's replies are (SMS: numbered options).
/// </summary>
public sealed class BotFrameworkFamilyChannel(ConnectorClient connector, IEnumerable<IReplyShaper> shapers) : IFamilyChannel
{
    public bool Serves(FamilyAddress address) =>
        address.Reference is { ServiceUrl.Length: > 0, Conversation.Id.Length: > 0 };

    public async Task<bool> SendAsync(FamilyAddress address, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var reference = address.Reference!;
        var inbound = new Activity { Type = ActivityTypes.Message, ChannelId = reference.ChannelId, ServiceUrl = reference.ServiceUrl };
        var shaped = shapers.Aggregate(activities, (current, shaper) => shaper.Shape(inbound, current));
        foreach (var activity in shaped)
        {
            if (await connector.SendAsync(reference, activity, cancellationToken) is null)
            {
                return false;
            }
        }

        return true;
    }
}
