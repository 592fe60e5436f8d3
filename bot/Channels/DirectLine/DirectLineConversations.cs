using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using PuenteBot.Channels.DirectLine.Storage;
using PuenteBot.Protocol;

namespace PuenteBot.Channels.DirectLine;

/// <summary>
/// The embedded Direct Line's conversations, in the database every instance shares: what the endpoints and the
/// family channel use. An append wakes this instance's stream at once; streams on other instances hear of it from the
/// activity feed. Idle conversations are deleted by <see cref="DirectLineCleanup"/>; the bot's own state stays.
/// </summary>
public sealed class DirectLineConversations(
    IDirectLineStore store,
    DirectLineStreams streams,
    DirectLineDirectory directory,
    IOptions<DirectLineOptions> options,
    TimeProvider clock)
{
    /// <summary>Polling marks a conversation used at most this often, so that a poll is not a write.</summary>
    private static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);

    public async Task<DirectLineConversation> CreateAsync(CancellationToken cancellationToken)
    {
        var id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow();
        var conversation = new DirectLineConversation(id, RandomNumberGenerator.GetBytes(32), 0, now, now);
        await store.CreateAsync(conversation, cancellationToken);
        directory.Add(id);
        return conversation;
    }

    /// <summary>True when the conversation is one of this server's, as far as this instance knows without asking the database.</summary>
    public bool Holds(string conversationId) => directory.Contains(conversationId);

    /// <summary>Stamps and adds the client's activity; null when the conversation is no longer stored.</summary>
    public async Task<Activity?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken) =>
        await AddAsync(conversationId, [activity], cancellationToken) ? activity : null;

    /// <summary>Adds activities from the bot (a turn's replies, a clinician's messages) for the conversation's client; false when it is not stored.</summary>
    public Task<bool> DeliverAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        foreach (var activity in activities)
        {
            activity.From = new ChannelAccount { Id = options.Value.BotId, Name = options.Value.BotName, Role = RoleTypes.Bot };
            activity.ChannelId = DirectLineChannel.ChannelId;
        }

        return AddAsync(conversationId, activities, cancellationToken);
    }

    /// <summary>The activities after <paramref name="watermark"/> (typing only for streams) and the new watermark; null when the conversation is gone.</summary>
    public async Task<ActivitySet?> SinceAsync(string conversationId, int watermark, bool includeTyping, CancellationToken cancellationToken)
    {
        if (await store.SinceAsync(conversationId, watermark, cancellationToken) is not { } page)
        {
            return null;
        }

        var activities = includeTyping ? page.Activities : [.. page.Activities.Where(a => a.Type != ActivityTypes.Typing)];
        return new ActivitySet(activities, page.Watermark.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Marks the conversation used by its client (it polled), keeping it from the idle clean-up.</summary>
    public Task TouchAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return now - conversation.LastActivityAt < TouchEvery ? Task.CompletedTask : store.TouchAsync(conversation.Id, now, cancellationToken);
    }

    private async Task<bool> AddAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        if (!await store.AppendAsync(conversationId, activities, clock.GetUtcNow(), cancellationToken))
        {
            return false;
        }

        streams.Wake(conversationId);
        return true;
    }
}
