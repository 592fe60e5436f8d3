namespace PuenteBot.Channels.Sms;

/// <summary>
/// <c>POST /api/sms/twilio/status</c>: Twilio's delivery reports for messages sent through the REST API, signed
/// like the webhook. Logged by MessageSid; a report with error 21610 records the family's opt-out.
/// </summary>
public sealed class TwilioStatusCallback(
    TwilioSignatureCheck signatures,
    SmsIdentity identity,
    SmsOptOutRecorder optOuts,
    ILogger<TwilioStatusCallback> logger)
{
    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var read = await signatures.ReadAsync(request, cancellationToken);
        if (read.Form is not { } form)
        {
            return read.Refusal!;
        }

        var errorCode = TwilioRequest.Field(form, "ErrorCode");
        SmsLog.Status(logger, TwilioRequest.Field(form, "MessageSid") ?? "(none)", TwilioRequest.Field(form, "MessageStatus") ?? "(none)", errorCode);
        if (errorCode == TwilioRestClient.UnsubscribedRecipient.ToString(System.Globalization.CultureInfo.InvariantCulture)
            && TwilioRequest.Field(form, "To") is { } to)
        {
            await optOuts.MarkOptedOutAsync(await identity.ConversationIdAsync(to, cancellationToken), cancellationToken);
        }

        return Twiml.Empty();
    }
}
