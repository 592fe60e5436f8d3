using System.Data.Common;
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
/// Activities of a turn the database could not take are kept on this instance (<see cref="DirectLineUnstored"/>):
/// reads add them after the stored ones, a read the database fails answers with them alone, and the next write the
/// database takes stores them first.
/// </summary>
public sealed class DirectLineConversations(
    IDirectLineStore store,
    DirectLineStreams streams,
    DirectLineDirectory directory,
    DirectLineUnstored unstored,
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
        FromBot(activities);
        return AddAsync(conversationId, activities, cancellationToken);
    }

    /// <summary>
    /// The activities after <paramref name="watermark"/> (typing only for streams) and the new watermark, then this
    /// instance's unstored ones; null when the conversation is gone. When the database cannot be read, the unstored
    /// ones alone (the failure is thrown when there are none).
    /// </summary>
    public async Task<ActivitySet?> SinceAsync(string conversationId, int watermark, bool includeTyping, CancellationToken cancellationToken)
    {
        ActivityPage? page;
        try
        {
            page = await store.SinceAsync(conversationId, watermark, cancellationToken);
        }
        catch (Exception exception) when (exception is DbException or TimeoutException && unstored.After(conversationId, watermark) is { } alone)
        {
            return Set(alone.Activities, Math.Max(alone.Watermark, watermark), includeTyping);
        }

        if (page is null)
        {
            return null;
        }

        unstored.Stored(conversationId, page.Watermark);
        if (unstored.After(conversationId, watermark) is { } kept)
        {
            return Set([.. page.Activities, .. kept.Activities], Math.Max(page.Watermark, kept.Watermark), includeTyping);
        }

        return Set(page.Activities, page.Watermark, includeTyping);
    }

    /// <summary>
    /// Keeps on this instance activities of a turn the database did not take (stamped with ids no stored activity
    /// has), so this instance's clients see them, and wakes the conversation's stream.
    /// </summary>
    /// <param name="fromBot">True for the bot's replies: addressed as <see cref="DeliverAsync"/> does.</param>
    public void KeepUnstored(string conversationId, IReadOnlyList<Activity> activities, bool fromBot = false)
    {
        if (fromBot)
        {
            FromBot(activities);
        }

        unstored.Keep(conversationId, activities, clock.GetUtcNow());
        streams.Wake(conversationId);
    }

    /// <summary>Records how many activities the conversation had when this instance last read it (its token check).</summary>
    public void Seen(DirectLineConversation conversation) => unstored.Stored(conversation.Id, conversation.LastSequence);

    /// <summary>Marks the conversation used by its client (it polled), keeping it from the idle clean-up.</summary>
    public Task TouchAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return now - conversation.LastActivityAt < TouchEvery ? Task.CompletedTask : store.TouchAsync(conversation.Id, now, cancellationToken);
    }

    private async Task<bool> AddAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        if (!await unstored.AppendAsync(conversationId, activities, all => store.AppendAsync(conversationId, all, clock.GetUtcNow(), cancellationToken)))
        {
            return false;
        }

        if (activities.Count > 0 && SequenceOf(activities[^1].Id) is { } last)
        {
            unstored.Stored(conversationId, last);
        }

        streams.Wake(conversationId);
        return true;
    }

    private void FromBot(IReadOnlyList<Activity> activities)
    {
        foreach (var activity in activities)
        {
            activity.From = new ChannelAccount { Id = options.Value.BotId, Name = options.Value.BotName, Role = RoleTypes.Bot };
            activity.ChannelId = DirectLineChannel.ChannelId;
        }
    }

    private static ActivitySet Set(IReadOnlyList<Activity> activities, long watermark, bool includeTyping) =>
        new(includeTyping ? activities : [.. activities.Where(a => a.Type != ActivityTypes.Typing)], watermark.ToString(CultureInfo.InvariantCulture));

    /// <summary>The sequence of a stored activity's id ("{conversationId}|{sequence:D7}").</summary>
    private static long? SequenceOf(string? id) =>
        id is not null && long.TryParse(id.AsSpan(id.LastIndexOf('|') + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence : null;
}
