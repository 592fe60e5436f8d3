namespace PuenteBot.Channels.Sms;

/// <summary>
/// SMS messages to send to one family through the REST API, in this order. <paramref name="DespiteOptOut"/>: the
/// replies of a turn that ran while the family had opted out (the opt-out confirmation, the safety message), which
/// the turn chose to send; anything else is not sent once the family has opted out.
/// </summary>
public sealed record SmsDelivery(string ConversationId, IReadOnlyList<string> Texts, bool DespiteOptOut = false);
