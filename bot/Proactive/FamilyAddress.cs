using PuenteBot.Protocol;

namespace PuenteBot.Proactive;

/// <summary>A family to reach outside a turn: the bot's conversation id and the reference of their last activity (if any).</summary>
public sealed record FamilyAddress(string ConversationId, ConversationReference? Reference)
{
    public string? ChannelId => Reference?.ChannelId;
}
