namespace PuenteBot.Visits.Outreach;

/// <summary>What an <c>outreach</c> row is: an automated reminder or missed-visit message, or a clinician's follow-up.</summary>
public static class OutreachKinds
{
    public const string Reminder = "reminder";

    public const string Missed = "missed";

    public const string FollowUp = "followup";

    /// <summary>Automated messages: consent and the daily and weekly caps apply to these, not to a person writing.</summary>
    public static bool IsAutomated(string kind) => kind is Reminder or Missed;

    public static string ReminderKey(string appointmentId, TimeSpan offset) => $"reminder:{appointmentId}:{(long)offset.TotalMinutes}";

    public static string MissedKey(string appointmentId) => $"missed:{appointmentId}";

    /// <summary>The offset a reminder's plan key carries, or null for another key.</summary>
    public static TimeSpan? OffsetOf(string planKey) =>
        planKey.StartsWith(Reminder + ":", StringComparison.Ordinal) && long.TryParse(planKey[(planKey.LastIndexOf(':') + 1)..], out var minutes)
            ? TimeSpan.FromMinutes(minutes)
            : null;
}
