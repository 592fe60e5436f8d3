using System.Diagnostics;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using PuenteBot.Escalations.Summaries;

namespace PuenteBot.Escalations.Delivery;

/// <summary>
/// Delivers committed escalations to every configured notifier, at least once: the most urgent, oldest escalation
/// first; each notifier's failures retried with <see cref="DeliveryBackoff"/> until its last try dead-letters it.
/// Woken by <see cref="EscalationSignal"/> when a turn commits one, and by its own poll otherwise; all its state is
/// in SQLite, so a restarted process carries on where the last one stopped.
/// </summary>
public sealed class EscalationDeliveryWorker(
    EscalationOutbox outbox,
    EscalationSummaries summaries,
    IEnumerable<IEscalationNotifier> notifiers,
    EscalationSignal signal,
    DeliveryBackoff backoff,
    IOptions<EscalationOptions> options,
    TimeProvider clock,
    ILogger<EscalationDeliveryWorker> logger) : BackgroundService
{
    private readonly DeliveryOptions delivery = options.Value.Delivery;
    private readonly IEscalationNotifier[] active = [.. notifiers.Where(n => n.IsConfigured)];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (active.Length == 0)
        {
            EscalationLog.NoNotifiers(logger);
            return;
        }

        await Task.Yield(); // SQLite's async calls complete synchronously: let the host finish starting first.
        string[] names = [.. active.Select(n => n.Name)];
        EscalationLog.Started(logger, string.Join(", ", names));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await outbox.ClaimNextAsync(names, clock.GetUtcNow(), delivery.AttemptTimeout, stoppingToken) is { } claimed)
                {
                    await DeliverAsync(claimed, names, stoppingToken);
                    continue;
                }

                await signal.WaitAsync(await IdleTimeAsync(names, stoppingToken), clock, stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                EscalationLog.LoopFailed(logger, exception.GetType().Name);
                await signal.WaitAsync(delivery.PollInterval, clock, stoppingToken);
            }
        }
    }

    private async Task<TimeSpan> IdleTimeAsync(string[] names, CancellationToken cancellationToken)
    {
        var next = await outbox.NextDueAtAsync(names, cancellationToken);
        var untilDue = next is { } at ? at - clock.GetUtcNow() : delivery.PollInterval;
        return untilDue < TimeSpan.Zero ? TimeSpan.Zero : untilDue < delivery.PollInterval ? untilDue : delivery.PollInterval;
    }

    private async Task DeliverAsync(ClaimedEscalation claimed, string[] names, CancellationToken stoppingToken)
    {
        var summary = await summaries.BuildAsync(claimed.Escalation, stoppingToken);
        await Task.WhenAll(claimed.Due.Select(due => DeliverAsync(claimed.Escalation, summary, due, names, stoppingToken)));
    }

    private async Task DeliverAsync(EscalationRecord escalation, EscalationSummary summary, EscalationDeliveryStatus due, string[] names, CancellationToken stoppingToken)
    {
        var notifier = active.First(n => n.Name == due.Notifier);
        var attempt = due.Attempts + 1;
        var started = Stopwatch.GetTimestamp();
        using var timeout = new CancellationTokenSource(delivery.AttemptTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        try
        {
            await notifier.SendAsync(new EscalationMessage(escalation, summary, due.IdempotencyKey, attempt), linked.Token);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await outbox.ReleaseAsync(escalation.Id, due.Notifier, clock.GetUtcNow(), CancellationToken.None);
            EscalationLog.Released(logger, escalation.Id, due.Notifier);
            return;
        }
        catch (Exception exception)
        {
            await FailedAsync(escalation, due.Notifier, attempt, Describe(exception));
            return;
        }

        await outbox.DeliveredAsync(escalation.Id, due.Notifier, names, clock.GetUtcNow(), CancellationToken.None);
        EscalationLog.Delivered(logger, escalation.Id, escalation.Urgency, due.Notifier, attempt, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private async Task FailedAsync(EscalationRecord escalation, string notifier, int attempt, string error)
    {
        if (attempt >= delivery.MaxAttempts)
        {
            await outbox.FailedAsync(escalation.Id, notifier, error, null, CancellationToken.None);
            EscalationLog.DeadLettered(logger, escalation.Id, notifier, attempt, error);
            return;
        }

        var retryAt = clock.GetUtcNow() + backoff.After(attempt);
        await outbox.FailedAsync(escalation.Id, notifier, error, retryAt, CancellationToken.None);
        EscalationLog.Retrying(logger, escalation.Id, notifier, attempt, error, retryAt);
    }

    /// <summary>What went wrong, without exception messages (a server may echo what it was sent).</summary>
    private static string Describe(Exception exception) => exception switch
    {
        HttpRequestException { StatusCode: { } status } => $"HTTP {(int)status}",
        HttpRequestException { HttpRequestError: var error } => $"HTTP {error}",
        SmtpCommandException smtp => $"SMTP {(int)smtp.StatusCode} {smtp.ErrorCode}",
        SmtpProtocolException => "SMTP protocol error",
        OperationCanceledException => "timed out",
        _ => exception.GetType().Name,
    };
}
