using PuenteBot.Protocol;

namespace PuenteBot.Turns;

/// <summary>
/// What a turn produced: the replies to deliver, and whether the state was saved. Replies are delivered even
/// when saving failed, so a safety message always goes out. <see cref="Rejection"/> says why an activity could
/// not be processed at all; channels answer it with 400.
/// </summary>
public sealed record TurnResult(IReadOnlyList<Activity> Replies, bool Saved, string? Rejection = null)
{
    /// <summary>An activity the bot does not act on (typing, an unknown type).</summary>
    public static readonly TurnResult Ignored = new([], Saved: true);

    public static TurnResult Rejected(string reason) => new([], Saved: false, reason);
}
