namespace PuenteBot.Channels.Sms;

/// <summary>How to reach a family by SMS: their phone number (E.164) and the number of ours they texted.</summary>
public sealed record SmsContact(string ConversationId, string Phone, string? BotNumber);
