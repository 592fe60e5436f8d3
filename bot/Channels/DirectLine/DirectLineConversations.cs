using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using PuenteBot.Protocol;

namespace PuenteBot.Channels.DirectLine;

/// <summary>
/// The conversations this process serves, in memory (one process; Azure Bot Service's Direct Line is the
/// scale-out path). Idle ones are forgotten; the bot's own state stays in the database.
/// </summary>
public sealed class DirectLineConversations(IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> conversations = new(StringComparer.Ordinal);

    public DirectLineConversation Create()
    {
        ForgetIdle();
        var id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var conversation = new DirectLineConversation(id, clock.GetUtcNow());
        conversations[id] = conversation;
        return conversation;
    }

    /// <summary>The conversation a token was issued for, re-created empty if this process forgot it.</summary>
    public DirectLineConversation GetOrAdd(string id) =>
        conversations.GetOrAdd(id, key => new DirectLineConversation(key, clock.GetUtcNow()));

    public DirectLineConversation? Find(string id) => conversations.GetValueOrDefault(id);

    /// <summary>Delivers an activity from the bot (a reply, or a message sent later) to the conversation's client.</summary>
    public Activity? Deliver(string conversationId, Activity activity)
    {
        if (Find(conversationId) is not { } conversation)
        {
            return null;
        }

        activity.From = new ChannelAccount { Id = options.Value.BotId, Name = options.Value.BotName, Role = RoleTypes.Bot };
        activity.ChannelId = DirectLineChannel.ChannelId;
        return conversation.Append(activity, clock.GetUtcNow());
    }

    private void ForgetIdle()
    {
        var cutoff = clock.GetUtcNow() - options.Value.IdleConversationLifetime;
        foreach (var (id, conversation) in conversations)
        {
            if (conversation.LastUsedAt < cutoff)
            {
                conversations.TryRemove(id, out _);
            }
        }
    }
}
