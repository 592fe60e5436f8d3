namespace PuenteBot.Channels.Sms;

/// <summary>Why a row was not sent, as kept in <c>sms_outbox</c>: a short reason (never message text) and Twilio's error code.</summary>
public sealed record SmsSendFailure(string Reason, int? ErrorCode = null)
{
    public static SmsSendFailure From(TwilioSendResult result) =>
        new(result.HttpStatus is { } status ? $"HTTP {status}" : "no answer", result.ErrorCode);
}
