using Microsoft.Extensions.Options;

namespace PuenteBot.Privacy;

/// <summary>
/// Runs the <see cref="RetentionPurge"/> a few minutes after start (<see cref="FirstPassAfter"/>, or the interval if
/// shorter: not in the middle of start-up) and then every <see cref="RetentionOptions.Interval"/>, on
/// <see cref="TimeProvider"/>; a failed pass is logged and tried again next time.
/// </summary>
public sealed class RetentionWorker(RetentionPurge purge, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionWorker> logger) : BackgroundService
{
    public static readonly TimeSpan FirstPassAfter = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(options.Value.Interval < FirstPassAfter ? options.Value.Interval : FirstPassAfter, clock, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await purge.PurgeAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                PrivacyLog.PurgeFailed(logger, exception.GetType().Name);
            }

            await Task.Delay(options.Value.Interval, clock, stoppingToken);
        }
    }
}
