namespace PuenteBot.Channels.Sms;

/// <summary>One row of <c>sms_outbox</c> a worker claimed: part <paramref name="Part"/> (from 1) of a delivery, and the tries it has had.</summary>
public sealed record SmsOutboxMessage(long Id, string ConversationId, string DeliveryId, int Part, string Body, bool DespiteOptOut, int Attempts);
