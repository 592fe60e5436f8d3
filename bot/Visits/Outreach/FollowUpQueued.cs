namespace PuenteBot.Visits.Outreach;

/// <summary>A follow-up planned: its row, when it goes, and whether it waits for the end of quiet hours.</summary>
public sealed record FollowUpQueued(long OutreachId, DateTimeOffset DueAt, bool WaitsForQuietHours);
