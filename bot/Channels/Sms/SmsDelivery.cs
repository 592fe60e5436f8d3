namespace PuenteBot.Channels.Sms;

/// <summary>SMS messages to send to one family through the REST API, in this order.</summary>
public sealed record SmsDelivery(string ConversationId, IReadOnlyList<string> Texts);
