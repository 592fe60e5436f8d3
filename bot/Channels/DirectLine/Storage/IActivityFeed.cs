namespace PuenteBot.Channels.DirectLine.Storage;

/// <summary>
/// Tells an instance which conversations have new activities, whichever instance on the database added them:
/// PostgreSQL's LISTEN/NOTIFY, or a poll of the SQLite file.
/// </summary>
public interface IActivityFeed
{
    /// <summary>
    /// Follows the database until cancelled or until the connection fails (it throws then): calls
    /// <paramref name="following"/> once it follows (activities added before may have been missed), then
    /// <paramref name="changed"/> with the id of each conversation that got new activities.
    /// </summary>
    Task FollowAsync(Action following, Action<string> changed, CancellationToken cancellationToken);
}
