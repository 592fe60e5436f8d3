using PuenteBot.Protocol;

namespace PuenteBot.Channels.BotFramework;

/// <summary>
/// Reshapes a turn's replies for the channel they go to (e.g. SMS: numbered options instead of buttons,
/// segment-aware splitting). Every registered shaper runs, in registration order, before the replies are
/// returned (<c>expectReplies</c>) or sent through the connector; a shaper returns the replies unchanged
/// for channels it does not handle.
/// </summary>
public interface IReplyShaper
{
    IReadOnlyList<Activity> Shape(Activity inbound, IReadOnlyList<Activity> replies);
}
