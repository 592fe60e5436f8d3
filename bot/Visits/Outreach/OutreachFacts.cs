namespace PuenteBot.Visits.Outreach;

/// <summary>
/// What the rules weigh for one row, read just before it is tried: its visit (null for a follow-up, or an appointment
/// no longer known), whether a channel reaches the family's conversation, the conversation's opt-out, crisis episode
/// and live handoff, and the automated messages the family was sent today (clinic day) and in the last 7 days.
/// </summary>
public sealed record OutreachFacts(
    OutreachVisit? Visit,
    bool Reachable,
    bool OptedOut = false,
    bool CrisisOpen = false,
    bool InHandoff = false,
    int SentToday = 0,
    int SentThisWeek = 0);
