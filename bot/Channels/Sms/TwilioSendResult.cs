namespace PuenteBot.Channels.Sms;

public enum TwilioSendStatus
{
    /// <summary>Twilio accepted the message (201).</summary>
    Accepted,

    /// <summary>Error 21610: the family texted STOP to this sender; nothing may be sent until they opt back in.</summary>
    OptedOut,

    /// <summary>Any other refusal or failure, after the retries.</summary>
    Failed,
}

/// <summary>What Twilio said to one message: the outcome, the message's sid when accepted, Twilio's error code when not.</summary>
public sealed record TwilioSendResult(TwilioSendStatus Status, string? MessageSid = null, int? ErrorCode = null, int? HttpStatus = null);
