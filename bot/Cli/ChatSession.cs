using PuenteBot.Protocol;
using PuenteBot.Turns;

namespace PuenteBot.Cli;

/// <summary>Makes the activities a terminal conversation sends, as a channel would.</summary>
public sealed class ChatSession(string conversationId, string? language)
{
    private static readonly ChannelAccount User = new() { Id = "terminal-user", Role = RoleTypes.User };
    private static readonly ChannelAccount Bot = new() { Id = "puentebot", Name = "PuenteBot", Role = RoleTypes.Bot };
    private int sequence;

    /// <summary>The caregiver opened the chat (with a language chosen on the command line).</summary>
    public Activity Join()
    {
        var activity = Create(ActivityTypes.ConversationUpdate);
        activity.MembersAdded = [User];
        return activity;
    }

    public Activity Message(string text)
    {
        var activity = Create(ActivityTypes.Message);
        activity.Text = text;
        return activity;
    }

    private Activity Create(string type) => new()
    {
        Type = type,
        Id = $"{conversationId}-{++sequence}",
        Timestamp = DateTimeOffset.UtcNow,
        ChannelId = ChannelIds.Terminal,
        ServiceUrl = "terminal:",
        From = User,
        Recipient = Bot,
        Conversation = new ConversationAccount { Id = conversationId },
        Locale = language,
    };
}
