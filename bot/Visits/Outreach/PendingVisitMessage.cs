namespace PuenteBot.Visits.Outreach;

/// <summary>A pending reminder or missed-visit row with the appointment it is about, as it is now (the planner moves or cancels it).</summary>
public sealed record PendingVisitMessage(OutreachRecord Row, OutreachVisit Visit);
