namespace PuenteBot.Reports.Outcomes;

/// <summary>Everything the outcomes page counts for one range, as read from the database: no names, numbers or message text.</summary>
public sealed record OutcomeFacts(
    IReadOnlyList<OutcomeConversation> Conversations,
    IReadOnlyList<OutcomeEscalation> Escalations,
    IReadOnlyList<OutcomeMessage> Messages,
    IReadOnlyList<OutcomeVisit> Visits);
