using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace PuenteBot.Channels.Sms;

/// <summary>
/// Sends SMS through the REST API one message at a time, in the order queued, so the parts of a reply leave in
/// order. A part that fails stops the rest of its delivery; 21610 records the opt-out. On shutdown the queue is
/// drained before the host stops.
/// </summary>
public sealed class SmsDeliveryQueue(
    SmsStore store,
    TwilioRestClient twilio,
    SmsOptOutRecorder optOuts,
    IOptions<SmsOptions> options,
    ILogger<SmsDeliveryQueue> logger) : BackgroundService
{
    public const string StatusPath = "/api/sms/twilio/status";

    private readonly Channel<SmsDelivery> queue = Channel.CreateUnbounded<SmsDelivery>(new() { SingleReader = true });

    /// <summary>Queues a delivery; false (and logged) once the host is stopping.</summary>
    public bool Enqueue(SmsDelivery delivery)
    {
        if (delivery.Texts.Count == 0 || queue.Writer.TryWrite(delivery))
        {
            return true;
        }

        SmsLog.NotSent(logger, delivery.ConversationId, "the host is stopping");
        return false;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var delivery in queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                await DeliverAsync(delivery, CancellationToken.None);
            }
            catch (Exception exception)
            {
                SmsLog.NotSent(logger, delivery.ConversationId, exception.GetType().Name);
            }
        }
    }

    private async Task DeliverAsync(SmsDelivery delivery, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var contact = await store.FindContactAsync(delivery.ConversationId, cancellationToken);
        var from = contact?.BotNumber ?? settings.Twilio.FromNumber;
        if (contact is null || from.Length == 0 || !settings.Twilio.CanSend)
        {
            SmsLog.NotSent(logger, delivery.ConversationId, contact is null ? "no phone number known" : "Sms:Twilio is not configured");
            return;
        }

        var callback = settings.PublicBaseUrl.Length > 0 ? settings.PublicBaseUrl.TrimEnd('/') + StatusPath : null;
        for (var i = 0; i < delivery.Texts.Count; i++)
        {
            var result = await twilio.SendAsync(contact.Phone, from, delivery.Texts[i], callback, cancellationToken);
            switch (result.Status)
            {
                case TwilioSendStatus.Accepted:
                    SmsLog.Sent(logger, delivery.ConversationId, result.MessageSid);
                    continue;
                case TwilioSendStatus.OptedOut:
                    SmsLog.RecipientOptedOut(logger, delivery.ConversationId);
                    await optOuts.MarkOptedOutAsync(delivery.ConversationId, cancellationToken);
                    return;
                default:
                    SmsLog.SendFailed(logger, delivery.ConversationId, result.HttpStatus, result.ErrorCode, delivery.Texts.Count - i - 1);
                    return;
            }
        }
    }
}
