using Microsoft.Extensions.Options;
using PuenteBot.Escalations.Delivery;
using PuenteBot.State;

namespace PuenteBot.Channels.Sms;

/// <summary>
/// Sends the rows of <c>sms_outbox</c> through Twilio's REST API, one at a time per instance, in order per family:
/// claims the oldest due row, posts it, marks it sent with Twilio's sid. A failed try is due again after an
/// exponential, jittered backoff (<c>Sms:Outbox</c>); a refusal for good or the last try gives the row up and drops
/// the rest of its reply. 21610 records the opt-out and ends every message still waiting for that family, and no
/// message goes to a family who opted out since it was queued (unless the turn that queued it ran opted out). A
/// number kept only for the replies a family's deletion left waiting is forgotten once they are sent (<see cref="ErasedSmsContacts"/>).
/// <para>
/// Delivery is at least once: a row is never sent again once it is marked, but a worker that dies (or loses the
/// database) between Twilio's 201 and the mark leaves the row to be sent again when its lease ends — Twilio's
/// Messages API has no idempotency key. Everything is in the database, so a restarted instance sends what was waiting.
/// </para>
/// </summary>
public sealed class SmsOutboxWorker(
    ISmsOutbox outbox,
    ISmsStore store,
    IConversationStore conversations,
    TwilioRestClient twilio,
    SmsOptOutRecorder optOuts,
    ErasedSmsContacts erased,
    [FromKeyedServices(SmsOutboxWorker.SignalKey)] EscalationSignal signal,
    IOptions<SmsOptions> options,
    TimeProvider clock,
    ILogger<SmsOutboxWorker> logger) : BackgroundService
{
    /// <summary>The key of the signal that wakes the worker when a message is queued.</summary>
    public const string SignalKey = "sms-outbox";

    private readonly SmsOutboxOptions settings = options.Value.Outbox;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // SQLite's async calls complete synchronously: let the host finish starting first.
        while (!stoppingToken.IsCancellationRequested)
        {
            if (await ClaimAsync(stoppingToken) is { } message)
            {
                // Not cancelled by the stop: a try that began is finished and recorded, so Twilio's 201 is not left unmarked.
                await TryDeliverAsync(message, CancellationToken.None);
                continue;
            }

            await signal.WaitAsync(await IdleTimeAsync(stoppingToken), clock, stoppingToken);
        }
    }

    private async Task<SmsOutboxMessage?> ClaimAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await outbox.ClaimNextAsync(clock.GetUtcNow(), settings.Lease, stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            SmsLog.OutboxFailed(logger, "claim", exception.GetType().Name);
            return null;
        }
    }

    /// <summary>How long to sleep when nothing is due: until the next row falls due, at most the poll interval.</summary>
    private async Task<TimeSpan> IdleTimeAsync(CancellationToken stoppingToken)
    {
        try
        {
            var untilDue = await outbox.NextDueAtAsync(stoppingToken) is { } next ? next - clock.GetUtcNow() : settings.PollInterval;
            return untilDue < TimeSpan.Zero ? TimeSpan.Zero : untilDue < settings.PollInterval ? untilDue : settings.PollInterval;
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            SmsLog.OutboxFailed(logger, "poll", exception.GetType().Name);
            return settings.PollInterval;
        }
    }

    /// <summary>One try of one row; never throws. A database failure leaves the row claimed until its lease ends.</summary>
    private async Task TryDeliverAsync(SmsOutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await DeliverAsync(message, cancellationToken);
            await erased.ReleaseAsync(message.ConversationId, cancellationToken);
        }
        catch (Exception exception)
        {
            SmsLog.OutboxFailed(logger, "send", exception.GetType().Name);
        }
    }

    private async Task DeliverAsync(SmsOutboxMessage message, CancellationToken cancellationToken)
    {
        var sms = options.Value;
        var contact = await store.FindContactAsync(message.ConversationId, cancellationToken);
        var from = contact?.BotNumber ?? sms.Twilio.FromNumber;
        if (contact is null || from.Length == 0 || !sms.Twilio.CanSend)
        {
            await GiveUpAsync(message, SmsOutboxStates.DeadLetter, contact is null ? "no phone number known" : "Sms:Twilio is not configured", cancellationToken);
            return;
        }

        if (!message.DespiteOptOut && (await conversations.LoadAsync(message.ConversationId, cancellationToken)).Data.OptedOut)
        {
            await GiveUpAsync(message, SmsOutboxStates.OptedOut, "the family opted out", cancellationToken);
            return;
        }

        var callback = sms.PublicBaseUrl.Length > 0 ? sms.PublicBaseUrl.TrimEnd('/') + TwilioStatusCallback.Path : null;
        var result = await twilio.SendAsync(contact.Phone, from, message.Body, callback, cancellationToken);
        switch (result.Status)
        {
            case TwilioSendStatus.Accepted:
                await MarkSentAsync(message, result.MessageSid, cancellationToken);
                return;
            case TwilioSendStatus.OptedOut:
                SmsLog.RecipientOptedOut(logger, message.Id, message.ConversationId);
                await optOuts.MarkOptedOutAsync(message.ConversationId, cancellationToken);
                await outbox.OptedOutAsync(message.ConversationId, cancellationToken);
                return;
            default:
                await FailedAsync(message, result, cancellationToken);
                return;
        }
    }

    private async Task MarkSentAsync(SmsOutboxMessage message, string? twilioSid, CancellationToken cancellationToken)
    {
        try
        {
            await outbox.SentAsync(message.Id, twilioSid, clock.GetUtcNow(), cancellationToken);
            SmsLog.Sent(logger, message.Id, message.ConversationId, twilioSid);
        }
        catch (Exception exception)
        {
            SmsLog.NotRecorded(logger, message.Id, twilioSid, exception.GetType().Name);
        }
    }

    /// <summary>Due again after the backoff; given up when Twilio refused it for good (a 4xx other than 408 and 429) or it was the last try.</summary>
    private async Task FailedAsync(SmsOutboxMessage message, TwilioSendResult result, CancellationToken cancellationToken)
    {
        var attempts = message.Attempts + 1;
        var failure = SmsSendFailure.From(result);
        if (result.HttpStatus is >= 400 and < 500 and not 408 and not 429 || attempts >= settings.MaxAttempts)
        {
            var dropped = await outbox.AbandonAsync(message, SmsOutboxStates.DeadLetter, failure, cancellationToken);
            SmsLog.SendFailed(logger, message.Id, message.ConversationId, result.HttpStatus, result.ErrorCode, attempts, dropped);
            return;
        }

        var delay = DeliveryBackoff.Delay(attempts, settings.BaseDelay, settings.MaxDelay, Random.Shared.NextDouble());
        await outbox.RetryAsync(message.Id, failure, clock.GetUtcNow() + delay, cancellationToken);
        SmsLog.RetryScheduled(logger, message.Id, message.ConversationId, result.HttpStatus, result.ErrorCode, attempts, delay);
    }

    private async Task GiveUpAsync(SmsOutboxMessage message, string state, string reason, CancellationToken cancellationToken)
    {
        await outbox.AbandonAsync(message, state, new SmsSendFailure(reason), cancellationToken);
        SmsLog.NotSent(logger, message.Id, message.ConversationId, reason);
    }
}
