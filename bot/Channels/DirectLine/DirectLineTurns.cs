using System.Data.Common;
using PuenteBot.Channels.DirectLine.Storage;
using PuenteBot.Protocol;
using PuenteBot.Turns;

namespace PuenteBot.Channels.DirectLine;

/// <summary>
/// One activity from a client through the bot: echoed into the conversation (Web Chat waits for that echo), the
/// turn run, the bot's replies added after it. When the database cannot take the echo the turn still runs, so a
/// crisis is answered and its escalation rescued as in any turn whose save failed; the client is told to send again.
/// </summary>
public sealed class DirectLineTurns(DirectLineConversations conversations, TurnPipeline pipeline, TimeProvider clock, ILogger<DirectLineTurns> logger)
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
            StoredActivity.Stamp(activity, conversationId, 0, clock.GetUtcNow()); // sequence 0: no stored activity has that id
            stored = false;
        }

        var result = await pipeline.ProcessAsync(activity, cancellationToken);
        if (stored && result.Replies.Count > 0)
        {
            stored = await DeliverAsync(conversationId, result.Replies, cancellationToken);
        }

        return new DirectLinePosted(activity.Id, stored, result.Rejection);
    }

    private async Task<bool> DeliverAsync(string conversationId, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        try
        {
            return await conversations.DeliverAsync(conversationId, replies, cancellationToken);
        }
        catch (Exception exception) when (exception is DbException or TimeoutException)
        {
            DirectLineLog.RepliesNotStored(logger, conversationId, exception.GetType().Name);
            return false;
        }
    }
}
