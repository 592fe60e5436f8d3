using Microsoft.Extensions.Options;
using PuenteBot.Escalations.Delivery;

namespace PuenteBot.Escalations.Repage;

/// <summary>Runs <see cref="RepageService"/> every <see cref="RepageOptions.PollInterval"/> on the host's clock; off when no on-call clinician is configured.</summary>
public sealed class RepageWorker(RepageService repage, OnCallRoster roster, IOptions<EscalationOptions> options, TimeProvider clock, ILogger<RepageWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (roster.IsEmpty)
        {
            RepageLog.Off(logger);
            return;
        }

        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await repage.RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                RepageLog.RoundFailed(logger, exception.GetType().Name);
            }

            await Task.Delay(options.Value.Repage.PollInterval, clock, stoppingToken);
        }
    }
}
