using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Proactive;

/// <summary>
/// Sends activities to a family outside a turn, on the channel they wrote from: the first registered
/// <see cref="IFamilyChannel"/> that serves the conversation (embedded Direct Line, then Twilio SMS, then a Bot
/// Framework connector). Never throws for a channel's failure: it answers false and logs the exception's type.
/// </summary>
public sealed class ProactiveSender(IEnumerable<IFamilyChannel> channels, ILogger<ProactiveSender> logger)
{
    private readonly IFamilyChannel[] channels = [.. channels];

    /// <summary>True when some channel can reach the conversation now.</summary>
    public bool CanReach(string conversationId, ConversationData data) => Find(Address(conversationId, data)) is not null;

    public async Task<bool> SendAsync(string conversationId, ConversationData data, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var address = Address(conversationId, data);
        if (Find(address) is not { } channel)
        {
            ProactiveLog.NoRoute(logger, conversationId, address.ChannelId);
            return false;
        }

        var name = channel.GetType().Name;
        try
        {
            if (await channel.SendAsync(address, activities, cancellationToken))
            {
                ProactiveLog.Sent(logger, activities.Count, conversationId, name);
                return true;
            }

            ProactiveLog.NotSent(logger, conversationId, name);
            return false;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            ProactiveLog.Failed(logger, conversationId, name, exception.GetType().Name);
            return false;
        }
    }

    private static FamilyAddress Address(string conversationId, ConversationData data) => new(conversationId, FamilyReference.Read(data));

    private IFamilyChannel? Find(FamilyAddress address) => channels.FirstOrDefault(c => c.Serves(address));
}
