using PuenteBot.Protocol;

namespace PuenteBot.Channels.BotFramework;

/// <summary>Builds the reference a feature keeps to continue a conversation later (proactive messages).</summary>
public static class ConversationReferences
{
    /// <summary>The reference of an inbound activity: its channel, service URL, conversation, user and bot.</summary>
    public static ConversationReference From(Activity inbound) => new()
    {
        ActivityId = inbound.Id,
        ChannelId = inbound.ChannelId,
        ServiceUrl = inbound.ServiceUrl,
        Locale = inbound.Locale,
        Conversation = inbound.Conversation is { } conversation ? new ConversationAccount { Id = conversation.Id, IsGroup = conversation.IsGroup, TenantId = conversation.TenantId } : null,
        User = inbound.From is { } user ? new ChannelAccount { Id = user.Id, Name = user.Name, Role = RoleTypes.User } : null,
        Bot = inbound.Recipient is { } bot ? new ChannelAccount { Id = bot.Id, Name = bot.Name, Role = RoleTypes.Bot } : null,
    };
}
