namespace PuenteBot.Visits.Outreach;

/// <summary>An <c>outreach</c> row's state: pending until it ends sent, skipped (a rule held it back) or cancelled (its visit was).</summary>
public static class OutreachStates
{
    public const string Pending = "pending";

    public const string Sent = "sent";

    public const string Skipped = "skipped";

    public const string Cancelled = "cancelled";
}
