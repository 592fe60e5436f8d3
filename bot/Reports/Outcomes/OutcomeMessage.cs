namespace PuenteBot.Reports.Outcomes;

/// <summary>One outreach message sent in the range (reminder, missed or followup), the family's reply to it, and the conversation's channel and language when it went out.</summary>
public sealed record OutcomeMessage(string Kind, string? Reply, string? Channel, string? Language);
