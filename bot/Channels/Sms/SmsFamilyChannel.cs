using PuenteBot.Proactive;
using PuenteBot.Protocol;
using PuenteBot.Turns;

namespace PuenteBot.Channels.Sms;

/// <summary>
/// Reaches a family that texts the Twilio webhook (channel sms, no service URL) through the REST API, shaped as
/// every SMS reply is; nothing goes to a number that opted out.
/// </summary>
public sealed class SmsFamilyChannel(SmsSender sender) : IFamilyChannel
{
    public bool Serves(FamilyAddress address) =>
        ChannelIds.IsSms(address.ChannelId) && string.IsNullOrEmpty(address.Reference?.ServiceUrl);

    public Task<bool> SendAsync(FamilyAddress address, IReadOnlyList<Activity> activities, CancellationToken cancellationToken) =>
        sender.SendProactiveAsync(address.ConversationId, activities, cancellationToken);
}
