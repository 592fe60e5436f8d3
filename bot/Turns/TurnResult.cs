using PuenteBot.Protocol;

namespace PuenteBot.Turns;

/// <summary>
/// What a turn produced: the replies to deliver, and whether the state was saved. Replies are delivered even
/// when saving failed, so a safety message always goes out.
/// </summary>
public sealed record TurnResult(IReadOnlyList<Activity> Replies, bool Saved)
{
    /// <summary>An activity the bot does not act on (typing, an unknown type).</summary>
    public static readonly TurnResult Ignored = new([], Saved: true);
}
