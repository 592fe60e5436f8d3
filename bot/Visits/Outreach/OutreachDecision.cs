namespace PuenteBot.Visits.Outreach;

/// <summary>What <see cref="OutreachRules"/> says to do with a due row now: send it, defer or move it to <see cref="At"/>, or end it skipped or cancelled for <see cref="Reason"/>.</summary>
public sealed record OutreachDecision(string Action, string? Reason = null, DateTimeOffset? At = null)
{
    public const string SendNow = "send";
    public const string DeferTo = "defer";
    public const string MoveTo = "move";
    public const string Skip = "skip";
    public const string Cancel = "cancel";

    public static OutreachDecision Send { get; } = new(SendNow);

    public static OutreachDecision Skipped(string reason) => new(Skip, reason);

    public static OutreachDecision Cancelled { get; } = new(Cancel, OutreachReasons.Cancelled);

    public static OutreachDecision Deferred(DateTimeOffset at, string reason) => new(DeferTo, reason, at);

    public static OutreachDecision Moved(DateTimeOffset at) => new(MoveTo, null, at);
}
