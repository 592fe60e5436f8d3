using Microsoft.Extensions.Options;
using PuenteBot.Channels.DirectLine.Storage;

namespace PuenteBot.Channels.DirectLine;

/// <summary>
/// Every <see cref="DirectLineOptions.CleanupInterval"/>, deletes the conversations idle for
/// <see cref="DirectLineOptions.IdleConversationLifetime"/> (with their activities) and re-reads which conversations
/// are stored (<see cref="DirectLineDirectory"/>). Every instance runs it; deleting twice deletes nothing.
/// </summary>
public sealed class DirectLineCleanup(
    IDirectLineStore store,
    DirectLineDirectory directory,
    IOptions<DirectLineOptions> options,
    TimeProvider clock,
    ILogger<DirectLineCleanup> logger) : BackgroundService
{
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - options.Value.IdleConversationLifetime;
        var deleted = await store.DeleteIdleAsync(cutoff, cancellationToken);
        if (deleted > 0)
        {
            DirectLineLog.Deleted(logger, deleted, cutoff);
        }

        await directory.RefreshAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // SQLite's async calls complete synchronously: let the host finish starting first.
        await GuardAsync(directory.RefreshAsync, stoppingToken);
        using var timer = new PeriodicTimer(options.Value.CleanupInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await GuardAsync(RunOnceAsync, stoppingToken);
        }
    }

    private async Task GuardAsync(Func<CancellationToken, Task> run, CancellationToken stoppingToken)
    {
        try
        {
            await run(stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            DirectLineLog.CleanupFailed(logger, exception.GetType().Name, options.Value.CleanupInterval);
        }
    }
}
