using PuenteBot.Channels.DirectLine.Storage;

namespace PuenteBot.Channels.DirectLine;

/// <summary>
/// Follows the activity feed for the whole instance: each conversation it names wakes this instance's stream of it
/// (and is known to the <see cref="DirectLineDirectory"/>). When the feed fails it follows again after a growing
/// pause, and once it follows, every stream reads again, so nothing added meanwhile is missed.
/// </summary>
public sealed class DirectLineFeedWorker(
    IActivityFeed feed,
    DirectLineStreams streams,
    DirectLineDirectory directory,
    TimeProvider clock,
    ILogger<DirectLineFeedWorker> logger) : BackgroundService
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // SQLite's async calls complete synchronously: let the host finish starting first.
        var pause = FirstPause;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await feed.FollowAsync(
                    () =>
                    {
                        pause = FirstPause;
                        Following();
                    },
                    Changed,
                    stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                DirectLineLog.FeedFailed(logger, exception.GetType().Name, pause);
                await Task.Delay(pause, clock, stoppingToken);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
            }
        }
    }

    private void Following()
    {
        DirectLineLog.Following(logger, feed.GetType().Name);
        streams.WakeAll();
    }

    private void Changed(string conversationId)
    {
        directory.Add(conversationId);
        streams.Wake(conversationId);
    }
}
