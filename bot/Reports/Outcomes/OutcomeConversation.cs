namespace PuenteBot.Reports.Outcomes;

/// <summary>
/// One conversation the outcomes page reads: its channel, the enrolled family it is linked to (if any), its state as
/// the stored JSON document (care notes inside), and whether the family wrote in it during the range.
/// </summary>
public sealed record OutcomeConversation(string ConversationId, string? FamilyId, string? ChannelId, string Data, bool Active);
