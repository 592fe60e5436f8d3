using System.Data.Common;
using PuenteBot.Channels.DirectLine.Storage;
using PuenteBot.Protocol;
using PuenteBot.Turns;

namespace PuenteBot.Channels.DirectLine;

/// <summary>
/// One activity from a client through the bot: echoed into the conversation (Web Chat waits for that echo), the
/// turn run, the bot's replies added after it. When the database cannot take the echo the turn still runs, so a
/// crisis is answered and its escalation rescued as in any turn whose save failed; the echo and replies the database
/// did not take are kept on this instance (<see cref="DirectLineConversations.KeepUnstored"/>), so its clients still
/// see the answer, and are stored with the conversation's next write the database takes.
/// </summary>
public sealed class DirectLineTurns(DirectLineConversations conversations, TurnPipeline pipeline, ILogger<DirectLineTurns> logger)
{
    public async Task<DirectLinePosted> RunAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var stored = true;
        try
        {
            if (await conversations.AppendAsync(conversationId, activity, cancellationToken) is null)
            {
                return DirectLinePosted.Gone;
            }
        }
        catch (Exception exception) when (exception is DbException or TimeoutException)
        {
            DirectLineLog.ActivityNotStored(logger, conversationId, exception.GetType().Name);
            conversations.KeepUnstored(conversationId, [activity]); // before the turn: its replies answer this id
            stored = false;
        }

        var result = await pipeline.ProcessAsync(activity, cancellationToken);
        var shown = true;
        if (result.Replies.Count > 0)
        {
            switch (stored ? await DeliverAsync(conversationId, result.Replies, cancellationToken) : null)
            {
                case true:
                    break;
                case false: // the conversation was deleted meanwhile
                    shown = false;
                    break;
                case null:
                    conversations.KeepUnstored(conversationId, result.Replies, fromBot: true);
                    break;
            }
        }

        return new DirectLinePosted(activity.Id, shown, result.Rejection);
    }

    /// <summary>Adds the replies: true when added, false when the conversation is not stored, null when the database failed.</summary>
    private async Task<bool?> DeliverAsync(string conversationId, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        try
        {
            return await conversations.DeliverAsync(conversationId, replies, cancellationToken);
        }
        catch (Exception exception) when (exception is DbException or TimeoutException)
        {
            DirectLineLog.RepliesNotStored(logger, conversationId, exception.GetType().Name);
            return null;
        }
    }
}
