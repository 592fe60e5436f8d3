using PuenteBot.Protocol;

namespace PuenteBot.Proactive;

/// <summary>
/// One way of reaching a family outside a turn, with the channel's own sending code (the embedded Direct Line,
/// Twilio's REST API, a Bot Framework connector). <see cref="ProactiveSender"/> picks the channel that serves a conversation.
/// </summary>
public interface IFamilyChannel
{
    /// <summary>True when this channel carries the conversation at <paramref name="address"/>.</summary>
    bool Serves(FamilyAddress address);

    /// <summary>Sends the activities in order; false when they could not be handed to the channel.</summary>
    Task<bool> SendAsync(FamilyAddress address, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);
}
