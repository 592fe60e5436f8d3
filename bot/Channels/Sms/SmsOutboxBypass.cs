using Microsoft.Extensions.Options;

namespace PuenteBot.Channels.Sms;

/// <summary>
/// The last resort for a turn's replies when <c>sms_outbox</c> cannot be written either (the database is down and
/// the turn's save failed): sent straight to Twilio from memory, in order, once, to the number the family texted
/// from, so a safety message is not lost with the database. Nothing is recorded and nothing is retried beyond the
/// HTTP client's own retries; a part Twilio does not accept stops the rest, so no part 3 arrives without part 2.
/// </summary>
public sealed class SmsOutboxBypass(TwilioRestClient twilio, IOptions<SmsOptions> options, ILogger<SmsOutboxBypass> logger)
{
    public async Task SendAsync(SmsContact contact, IReadOnlyList<string> parts, CancellationToken cancellationToken)
    {
        var sms = options.Value;
        var from = contact.BotNumber ?? sms.Twilio.FromNumber;
        if (from.Length == 0 || !sms.Twilio.CanSend)
        {
            SmsOutboxLog.BypassImpossible(logger, contact.ConversationId, parts.Count);
            return;
        }

        var callback = sms.PublicBaseUrl.Length > 0 ? sms.PublicBaseUrl.TrimEnd('/') + TwilioStatusCallback.Path : null;
        for (var i = 0; i < parts.Count; i++)
        {
            var result = await twilio.SendAsync(contact.Phone, from, parts[i], callback, cancellationToken);
            if (result.Status != TwilioSendStatus.Accepted)
            {
                SmsOutboxLog.BypassFailed(logger, contact.ConversationId, i + 1, parts.Count, result.HttpStatus, result.ErrorCode);
                return;
            }
        }

        SmsOutboxLog.Bypassed(logger, contact.ConversationId, parts.Count);
    }
}
