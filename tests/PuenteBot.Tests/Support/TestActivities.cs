using PuenteBot.Protocol;

namespace PuenteBot.Tests.Support;

/// <summary>Activities as a channel sends them.</summary>
public static class TestActivities
{
    private static int sequence;

    public static Activity Message(string conversationId, string? text, string channelId = "test", string? locale = null) =>
        Create(ActivityTypes.Message, conversationId, channelId, locale, text);

    public static Activity Create(string? type, string conversationId, string channelId = "test", string? locale = null, string? text = null) => new()
    {
        Type = type,
        Id = "act-" + Interlocked.Increment(ref sequence),
        Timestamp = DateTimeOffset.UtcNow,
        ChannelId = channelId,
        ServiceUrl = "http://127.0.0.1:9/",
        From = new ChannelAccount { Id = "user-1", Role = RoleTypes.User },
        Recipient = new ChannelAccount { Id = "bot-1", Role = RoleTypes.Bot },
        Conversation = new ConversationAccount { Id = conversationId },
        Locale = locale,
        Text = text,
    };
}
