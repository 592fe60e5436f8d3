using System.Globalization;

namespace PuenteBot.Channels.Sms;

/// <summary>
/// <c>POST /api/sms/twilio/status</c>: Twilio's delivery reports for messages sent through the REST API, signed like
/// the webhook. A final status (delivered, failed, undelivered) is recorded on the outbox row Twilio took as that
/// MessageSid; a report with error 21610 records the family's opt-out and ends what still waits for them.
/// <para>
/// A report that arrives before its row is marked sent (Twilio answers the POST, the mark follows) finds no row and is
/// only logged; Twilio's later reports for the message still land.
/// </para>
/// </summary>
public sealed class TwilioStatusCallback(
    TwilioSignatureCheck signatures,
    SmsIdentity identity,
    ISmsOutbox outbox,
    SmsOptOutRecorder optOuts,
    TimeProvider clock,
    ILogger<TwilioStatusCallback> logger)
{
    public const string Path = "/api/sms/twilio/status";

    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var read = await signatures.ReadAsync(request, cancellationToken);
        if (read.Form is not { } form)
        {
            return read.Refusal!;
        }

        var sid = TwilioRequest.Field(form, "MessageSid");
        var status = TwilioRequest.Field(form, "MessageStatus");
        var errorCode = TwilioRequest.Field(form, "ErrorCode");
        SmsLog.Status(logger, sid ?? "(none)", status ?? "(none)", errorCode);
        var code = int.TryParse(errorCode, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : (int?)null;
        if (sid is not null && SmsOutboxStates.IsReported(status))
        {
            await outbox.StatusAsync(sid, status!, code, clock.GetUtcNow(), cancellationToken);
        }

        if (code == TwilioRestClient.UnsubscribedRecipient && TwilioRequest.Field(form, "To") is { } to)
        {
            var conversationId = await identity.ConversationIdAsync(to, cancellationToken);
            await optOuts.MarkOptedOutAsync(conversationId, cancellationToken);
            await outbox.OptedOutAsync(conversationId, cancellationToken);
        }

        return Twiml.Empty();
    }
}
