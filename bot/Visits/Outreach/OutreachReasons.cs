namespace PuenteBot.Visits.Outreach;

/// <summary>Why a row was skipped, cancelled or last deferred (<c>outreach.reason</c>).</summary>
public static class OutreachReasons
{
    public const string QuietHours = "quiet_hours";

    public const string CapDay = "cap_day";

    public const string CapWeek = "cap_week";

    public const string OptedOut = "opted_out";

    public const string Crisis = "crisis";

    public const string Handoff = "handoff";

    public const string Unreachable = "unreachable";

    public const string NoConsent = "no_consent";

    public const string Past = "past";

    public const string Cancelled = "cancelled";
}
