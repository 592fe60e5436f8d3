using PuenteBot.Channels.BotFramework;
using PuenteBot.Protocol;
using PuenteBot.Turns;

namespace PuenteBot.Channels.Sms;

/// <summary>
/// Shapes the replies of activities from Azure Bot Service's SMS channel (channelId "sms", through
/// <c>/api/messages</c>) as the Twilio webhook shapes its own: text only, numbered options, split into messages.
/// Replies for other channels pass unchanged.
/// </summary>
public sealed class AzureSmsReplyShaper(SmsReplyShaper sms) : IReplyShaper
{
    public IReadOnlyList<Activity> Shape(Activity inbound, IReadOnlyList<Activity> replies) =>
        ChannelIds.IsSms(inbound.ChannelId) ? sms.Shape(replies) : replies;
}
