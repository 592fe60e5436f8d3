using System.Diagnostics;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Escalations.Summaries;
using PuenteBot.Hosting.Telemetry;

namespace PuenteBot.Escalations.Delivery;

/// <summary>
/// One try of a claimed escalation: its summary built once (with the gists of the family's words, see
/// <see cref="DeliverAsync(ClaimedEscalation, CancellationToken)"/>), sent to each due notifier at the same time, and each
/// outcome recorded — delivered, due again after <see cref="DeliveryBackoff"/>, dead-lettered after the last try,
/// or given back untried when the process is stopping.
/// </summary>
public sealed class EscalationDispatcher(
    EscalationOutbox outbox,
    EscalationSummaries summaries,
    EscalationGists gists,
    IEnumerable<IEscalationNotifier> notifiers,
    DeliveryBackoff backoff,
    IOptions<EscalationOptions> options,
    TimeProvider clock,
    ILogger<EscalationDispatcher> logger)
{
    private readonly DeliveryOptions delivery = options.Value.Delivery;
    private readonly IEscalationNotifier[] active = [.. notifiers.Where(n => n.IsConfigured)];

    /// <summary>The configured notifiers' names (those the worker claims for).</summary>
    public IReadOnlyList<string> Notifiers => [.. active.Select(n => n.Name)];

    /// <summary>
    /// Sends the escalation to its due notifiers. The gists of the family's words (<see cref="EscalationGists"/>) are made
    /// before a routine escalation is sent, and after an urgent one is — an urgent escalation never waits for a model.
    /// </summary>
    public async Task DeliverAsync(ClaimedEscalation claimed, CancellationToken stoppingToken)
    {
        var urgent = claimed.Escalation.Urgency == Urgency.Urgent;
        var escalation = urgent ? claimed.Escalation : await gists.AddAsync(claimed.Escalation, stoppingToken);
        var summary = await summaries.BuildAsync(escalation, stoppingToken);
        await Task.WhenAll(claimed.Due.Select(due => DeliverAsync(escalation, summary, due, stoppingToken)));
        if (urgent)
        {
            await gists.AddAsync(escalation, stoppingToken); // the portal shows it, and the escalation's next update
        }
    }

    private async Task DeliverAsync(EscalationRecord escalation, EscalationSummary summary, EscalationDeliveryStatus due, CancellationToken stoppingToken)
    {
        var notifier = active.First(n => n.Name == due.Notifier);
        var attempt = Math.Max(due.Attempts, 1);
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

        var now = clock.GetUtcNow();
        await outbox.DeliveredAsync(escalation.Id, due.Notifier, Notifiers, now, CancellationToken.None, due.IdempotencyKey);
        PuenteBotMetrics.Delivered(due.Notifier, escalation.Urgency, escalation.CreatedAt, now);
        EscalationLog.Delivered(logger, escalation.Id, escalation.Urgency, due.Notifier, attempt, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private async Task FailedAsync(EscalationRecord escalation, string notifier, int attempt, string error)
    {
        if (attempt >= delivery.MaxAttempts)
        {
            await outbox.FailedAsync(escalation.Id, notifier, error, null, CancellationToken.None);
            PuenteBotMetrics.DeadLettered(notifier, escalation.Urgency);
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
